package ru.horizon.horizontal;

/**
 * Brokerage roles of a teacher between organizations (Gould and Fernandez, 1989), counted
 * on the directed tie graph (teacher -&gt; learner) with each teacher's organization as
 * the group: the open two-paths {@code a -> v -> c} through the broker v (a, c distinct,
 * no arc {@code a -> c}), by the organizations of a, v and c. Triads with an end of
 * unknown organization are not counted.
 *
 * @param coordinator a, v and c in one organization (координатор)
 * @param gatekeeper a from another organization, v and c in one (привратник)
 * @param representative a and v in one organization, c in another (представитель)
 * @param liaison a, v and c in three organizations (связной)
 * @param itinerant a and c in one organization, v in another (консультант, itinerant)
 */
public record BrokerageRoles(int coordinator, int gatekeeper, int representative, int liaison, int itinerant) {

	/** All five roles added up. */
	public int total() {
		return this.coordinator + this.gatekeeper + this.representative + this.liaison + this.itinerant;
	}

}
