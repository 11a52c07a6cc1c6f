package ru.horizon.organization;

/** A city district (район). */
public record District(String id, String name) {
}
