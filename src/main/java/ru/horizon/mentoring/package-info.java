/**
 * Mentoring (наставничество): coverage of young teachers against the targets of the
 * target model, explained mentor recommendations, a scope's optimal assignment plan, and
 * starting and ending pairs.
 */
package ru.horizon.mentoring;
