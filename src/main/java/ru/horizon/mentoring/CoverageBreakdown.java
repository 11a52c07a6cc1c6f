package ru.horizon.mentoring;

/**
 * Coverage of one organization kind, district or organization.
 *
 * @param key the organization kind, district id or organization id
 * @param name its name
 * @param newTeachers new teachers (target 100%)
 * @param youngTeachers young teachers (target 70%)
 */
public record CoverageBreakdown(String key, String name, CoverageFigure newTeachers, CoverageFigure youngTeachers) {
}
