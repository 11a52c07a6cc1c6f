// Question: which organizations breach a target on a given day: a new teacher without a
//   mentor (target 100%), or fewer than 70% of young teachers mentored?
// Definitions: model.md "Mentoring coverage" (a breach is an organization below a
//   target); the same organizations as GraphQL mentoringCoverage(asOf).byOrganization
//   with met = false.
// Parameters: asOf, newTeacherMonths, youngTeacherMonths, youngTarget. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over the main employments of teachers; under 100 ms for a city.
:param asOf => date();
:param newTeacherMonths => 6;
:param youngTeacherMonths => 36;
:param youngTarget => 0.7;

MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o:Organization)
WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf)) AND t.teachingSince <= date($asOf)
WITH t, o, duration.inMonths(t.teachingSince, date($asOf)).months AS months
WHERE months < $youngTeacherMonths
WITH o, months < $newTeacherMonths AS isNew,
	EXISTS { (t)-[:MENTEE_IN]->(p:MentoringPair)
		WHERE p.startedOn <= date($asOf) AND (p.endedOn IS NULL OR p.endedOn >= date($asOf)) } AS mentored
WITH o, count(*) AS young, sum(CASE WHEN mentored THEN 1 ELSE 0 END) AS youngMentored,
	sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS new,
	sum(CASE WHEN isNew AND mentored THEN 1 ELSE 0 END) AS newMentored
WITH o, young, youngMentored, new, newMentored, toFloat(youngMentored) / young AS youngShare
WHERE newMentored < new OR youngShare < $youngTarget
RETURN o.id AS organization, o.name AS name, o.kind AS kind, new, newMentored, young, youngMentored,
	youngShare
ORDER BY youngShare, organization;
