package ru.horizon.trends;

import java.util.List;

/**
 * Evidence (доказательства): did isolated young teachers leave more often?
 *
 * @param years the past October 1sts with 12 months to follow, oldest first
 * @param pooled the years added up (a teacher young on several October 1sts counts in
 * each), every kind together
 * @param pooledByOrganizationKind the years added up, by kind
 */
public record IsolationAndLeaving(List<LeavingYear> years, LeavingRisk pooled,
		List<LeavingRisk> pooledByOrganizationKind) {

}
