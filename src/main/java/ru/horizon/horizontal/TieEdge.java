package ru.horizon.horizontal;

/**
 * The learning ties from one teacher to another of one kind in a window, summed: for
 * network tools such as Gephi.
 *
 * @param source the teaching teacher's id
 * @param target the learning teacher's id
 * @param kind MENTORING or EVENT
 * @param sourceOrganization the source's main organization on the (last) tie's date
 * @param targetOrganization the target's main organization then
 * @param ties tie instances
 * @param weight summed weight
 * @param crossOrganization the two organizations are known and differ
 */
public record TieEdge(String source, String target, String kind, String sourceOrganization, String targetOrganization,
		int ties, double weight, boolean crossOrganization) {
}
