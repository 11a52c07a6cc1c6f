// Question: which young teachers stand alone on a given day: no mentor, no group, no event
//   in the last lookbackMonths months?
// Definitions: model.md "Isolated young teacher" (window (asOf - L months, asOf]); the same
//   teachers as GraphQL isolatedYoungTeachers(asOf, lookbackMonths) with isolated = true.
// Parameters: asOf, lookbackMonths, newTeacherMonths, youngTeacherMonths. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over young teachers (about 700 for a city) with three existence
//   checks each; under 50 ms for a city.
:param asOf => date();
:param lookbackMonths => 12;
:param newTeacherMonths => 6;
:param youngTeacherMonths => 36;

MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o:Organization)
WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf)) AND t.teachingSince <= date($asOf)
WITH t, o, duration.inMonths(t.teachingSince, date($asOf)).months AS months, date($asOf) - duration({months: $lookbackMonths}) AS windowStart
WHERE months < $youngTeacherMonths
	AND NOT EXISTS { (t)-[:MENTEE_IN]->(p:MentoringPair)
		WHERE p.startedOn <= date($asOf) AND (p.endedOn IS NULL OR p.endedOn >= date($asOf)) }
	AND NOT EXISTS { (t)-[m:MEMBER_OF]->(:Group)
		WHERE (m.since IS NULL OR m.since <= date($asOf)) AND (m.until IS NULL OR m.until >= date($asOf)) }
	AND NOT EXISTS { (t)-[:PARTICIPATED_IN]->(e:Event) WHERE e.date > windowStart AND e.date <= date($asOf) }
RETURN t.id AS teacher, t.fullName AS name, o.name AS organization, o.kind AS kind, months,
	months < $newTeacherMonths AS newWithoutMentor
ORDER BY teacher;
