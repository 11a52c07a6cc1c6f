// Question: how loaded are the mentors on a given day, and how many more mentees can each
//   take before the capacity limit?
// Definitions: model.md "active pair" and the mentor hard filter "fewer active mentees than
//   maxMenteesPerMentor" (default 3); weekly hours above 36 count as overload.
// Parameters: asOf, maxMenteesPerMentor. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over active pairs (about 600 for a city); under 50 ms.
:param asOf => date();
:param maxMenteesPerMentor => 3;

MATCH (m:Teacher)-[:MENTOR_IN]->(p:MentoringPair)
WHERE p.startedOn <= date($asOf) AND (p.endedOn IS NULL OR p.endedOn >= date($asOf))
WITH m, count(p) AS mentees
OPTIONAL MATCH (m)-[w:WORKS_AT {main: true}]->(o:Organization)
WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf))
RETURN m.id AS mentor, m.fullName AS name, o.name AS organization, mentees,
	CASE WHEN $maxMenteesPerMentor - mentees > 0 THEN $maxMenteesPerMentor - mentees ELSE 0 END AS freeCapacity,
	coalesce(m.weeklyHours, 0) > 36 AS overloaded
ORDER BY mentees DESC, mentor;
