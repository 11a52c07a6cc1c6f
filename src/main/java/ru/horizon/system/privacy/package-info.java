/**
 * The privacy floor: aggregates over fewer than k people suppressed, and pseudonyms, for
 * roles that may not see names. Applied to answers, after the services computed them.
 */
package ru.horizon.system.privacy;
