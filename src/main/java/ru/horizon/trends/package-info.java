/**
 * History (динамика) and evidence: the indicators of coverage, isolation and horizontal
 * learning per school year or per October 1st, and whether isolated young teachers leave
 * more often than the others. Every figure is asked of the services that define it
 * (mentoring coverage, isolation, horizontal learning) for each day; nothing is redefined
 * here.
 */
package ru.horizon.trends;
