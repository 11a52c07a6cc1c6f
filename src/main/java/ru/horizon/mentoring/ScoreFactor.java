package ru.horizon.mentoring;

/**
 * One factor of a mentor's score, explained.
 *
 * @param factor which factor
 * @param value its value in [0, 1]
 * @param weight its weight (a setting)
 * @param contribution value * weight
 * @param explanation one line in the caller's language
 */
public record ScoreFactor(MatchFactor factor, double value, double weight, double contribution, String explanation) {
}
