// Question: mentoring coverage of new and young teachers against the 100% and 70%
//   targets, by city district, on a given day.
// Definitions: model.md "Mentoring coverage"; the same numbers as GraphQL
//   mentoringCoverage(asOf).byDistrict.
// Parameters: asOf, newTeacherMonths, youngTeacherMonths. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over the main employments of teachers; under 100 ms for a city.
:param asOf => date();
:param newTeacherMonths => 6;
:param youngTeacherMonths => 36;

MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o:Organization)-[:IN_DISTRICT]->(d:District)
WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf)) AND t.teachingSince <= date($asOf)
WITH t, d, duration.inMonths(t.teachingSince, date($asOf)).months AS months
WHERE months < $youngTeacherMonths
WITH d, months < $newTeacherMonths AS isNew,
	EXISTS { (t)-[:MENTEE_IN]->(p:MentoringPair)
		WHERE p.startedOn <= date($asOf) AND (p.endedOn IS NULL OR p.endedOn >= date($asOf)) } AS mentored
WITH d.id AS district, d.name AS name,
	count(*) AS young, sum(CASE WHEN mentored THEN 1 ELSE 0 END) AS youngMentored,
	sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS new,
	sum(CASE WHEN isNew AND mentored THEN 1 ELSE 0 END) AS newMentored
RETURN district, name, new, newMentored,
	CASE new WHEN 0 THEN 1.0 ELSE toFloat(newMentored) / new END AS newShare,
	young, youngMentored,
	CASE young WHEN 0 THEN 1.0 ELSE toFloat(youngMentored) / young END AS youngShare
ORDER BY district;
