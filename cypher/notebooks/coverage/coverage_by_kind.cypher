// Question: how far is mentoring coverage of new (< 6 months) and young (< 36 months)
//   teachers from the targets (100% and 70%), by organization kind, on a given day?
// Definitions: model.md "Mentoring coverage"; the same numbers as GraphQL
//   mentoringCoverage(asOf).byOrganizationKind.
// Parameters: asOf, the day; newTeacherMonths and youngTeacherMonths, the bands. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over the main employments of teachers (about 9,000 for a city),
//   under 100 ms for a city.
:param asOf => date();
:param newTeacherMonths => 6;
:param youngTeacherMonths => 36;

MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o:Organization)
WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf)) AND t.teachingSince <= date($asOf)
WITH t, o, duration.inMonths(t.teachingSince, date($asOf)).months AS months
WHERE months < $youngTeacherMonths
WITH o.kind AS kind, months < $newTeacherMonths AS isNew,
	EXISTS { (t)-[:MENTEE_IN]->(p:MentoringPair)
		WHERE p.startedOn <= date($asOf) AND (p.endedOn IS NULL OR p.endedOn >= date($asOf)) } AS mentored
WITH kind,
	count(*) AS young, sum(CASE WHEN mentored THEN 1 ELSE 0 END) AS youngMentored,
	sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS new,
	sum(CASE WHEN isNew AND mentored THEN 1 ELSE 0 END) AS newMentored
RETURN kind, new, newMentored,
	CASE new WHEN 0 THEN 1.0 ELSE toFloat(newMentored) / new END AS newShare,
	young, youngMentored,
	CASE young WHEN 0 THEN 1.0 ELSE toFloat(youngMentored) / young END AS youngShare,
	(new = 0 OR newMentored = new) AND (young = 0 OR toFloat(youngMentored) / young >= 0.7) AS targetsMet
ORDER BY kind;
