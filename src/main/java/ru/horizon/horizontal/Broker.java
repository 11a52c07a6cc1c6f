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
 */
public record Broker(Teacher teacher, double betweenness, int organizationsBridged) {

}
