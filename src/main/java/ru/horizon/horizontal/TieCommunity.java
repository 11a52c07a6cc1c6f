package ru.horizon.horizontal;

/**
 * A community (сообщество) of the tie graph: teachers more tied to each other than to the
 * rest, found by label propagation; how far it crosses school lines.
 *
 * @param rank by size, from 1
 * @param teachers its teachers
 * @param organizations the distinct organizations of its teachers
 * @param largestOrganizationShare the share of its teachers in its largest organization (1
 * for a community inside one school)
 * @param crossOrganizationShare cross-organization weight over all weight of the ties
 * inside it
 */
public record TieCommunity(int rank, int teachers, int organizations, double largestOrganizationShare,
		double crossOrganizationShare) {

}
