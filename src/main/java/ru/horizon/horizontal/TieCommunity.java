package ru.horizon.horizontal;

import java.time.LocalDate;
import java.util.List;

/**
 * A community (сообщество) of the tie graph: teachers more tied to each other than to the
 * rest, found by the Leiden algorithm; how far it crosses school lines.
 *
 * @param rank by size, from 1
 * @param teachers its teachers
 * @param organizations the distinct organizations of its teachers
 * @param largestOrganizationShare the share of its teachers in its largest organization
 * (1 for a community inside one school)
 * @param crossOrganizationShare cross-organization weight over all weight of the ties
 * inside it
 * @param modularity its term of the partition's modularity: the weight inside it over the
 * total weight, less the square of its share of the weighted degrees
 * @param memberIds its teachers' ids, in id order
 * @param organizationIds its teachers' organizations, most teachers first, then by id
 * @param windowEnd the last day of the report's window (whose organization a curator's
 * members are read on), null until the service sets it
 */
public record TieCommunity(int rank, int teachers, int organizations, double largestOrganizationShare,
		double crossOrganizationShare, double modularity, List<String> memberIds, List<String> organizationIds,
		LocalDate windowEnd) {

	/** The same community of a window ending on {@code day}. */
	TieCommunity endingOn(LocalDate day) {
		return new TieCommunity(this.rank, this.teachers, this.organizations, this.largestOrganizationShare,
				this.crossOrganizationShare, this.modularity, this.memberIds, this.organizationIds, day);
	}

}
