package ru.horizon.horizontal;

import ru.horizon.organization.Organization;

/**
 * Organization-level flow (поток между организациями) A -&gt; B: the learning ties from
 * teachers of A to teachers of B in a window, A different from B.
 *
 * @param source the organization of the speakers and mentors
 * @param target the organization of the attendees and mentees
 * @param weight the sum of the ties' weights
 * @param ties the number of tie instances
 */
public record OrganizationFlow(Organization source, Organization target, double weight, int ties) {

}
