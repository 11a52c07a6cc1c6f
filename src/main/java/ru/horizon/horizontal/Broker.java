package ru.horizon.horizontal;

import ru.horizon.teacher.Teacher;

/**
 * A broker (связующее звено): a teacher on many shortest paths of the tie graph of a
 * window.
 *
 * @param teacher the teacher
 * @param betweenness betweenness centrality in the undirected, unweighted tie graph,
 * counted over unordered pairs of teachers
 * @param organizationsBridged the distinct organizations, other than the broker's own on
 * each tie's date, of the teachers the broker is tied to
 * @param normalisedBetweenness betweenness over the number of pairs of other teachers,
 * {@code (n-1)(n-2)/2} for n teachers in the tie graph: the share of all pairs whose
 * shortest paths pass through the teacher, in [0, 1]
 * @param rank the place among all brokers of the tie graph, from 1
 * @param brokerage the broker's Gould-Fernandez roles between organizations
 */
public record Broker(Teacher teacher, double betweenness, int organizationsBridged, double normalisedBetweenness,
		int rank, BrokerageRoles brokerage) {

}
