package ru.horizon.mentoring;

/**
 * A position (должность) the vocabulary of position families does not recognise.
 *
 * @param position the text as recorded
 * @param teachers how many teachers hold it
 */
public record UnknownPosition(String position, int teachers) {
}
