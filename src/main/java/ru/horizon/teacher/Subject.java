package ru.horizon.teacher;

/** A subject taught (предмет), e.g. mathematics. */
public record Subject(String code, String name) {
}
