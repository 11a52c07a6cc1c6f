package ru.horizon.horizontal;

import java.util.List;

/**
 * A window beside the one just before it, of the same length: what changed in the
 * organization flows.
 *
 * @param previous the report of the previous window
 * @param keptFlows organization pairs A -&gt; B with cross ties in both windows
 * @param newFlows pairs with cross ties now but not before
 * @param lostFlows pairs with cross ties before but not now
 * @param newOrganizationFlows the heaviest new flows
 * @param lostOrganizationFlows the heaviest lost flows (their weight in the previous
 * window)
 */
public record WindowComparison(HorizontalLearning previous, int keptFlows, int newFlows, int lostFlows,
		List<OrganizationFlow> newOrganizationFlows, List<OrganizationFlow> lostOrganizationFlows) {

}
