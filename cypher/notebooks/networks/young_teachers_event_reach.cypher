// Question: how many young teachers do events reach in a window, by organization kind:
//   any event at all, and four or more (what the «Академия молодого педагога» certificate
//   asks)?
// Definitions: young at asOf as in model.md, in their main organization at asOf; events
//   dated in (asOf - lookbackMonths months, asOf].
// Parameters: asOf, lookbackMonths, youngTeacherMonths. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over young teachers and their participations; under 100 ms for a
//   city.
:param asOf => date();
:param lookbackMonths => 12;
:param youngTeacherMonths => 36;

MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o:Organization)
WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf)) AND t.teachingSince <= date($asOf)
	AND duration.inMonths(t.teachingSince, date($asOf)).months < $youngTeacherMonths
WITH t, o, date($asOf) - duration({months: $lookbackMonths}) AS windowStart
WITH o.kind AS kind, t, COUNT { (t)-[:PARTICIPATED_IN]->(e:Event) WHERE e.date > windowStart AND e.date <= date($asOf) } AS events
WITH kind, count(t) AS young, sum(CASE WHEN events > 0 THEN 1 ELSE 0 END) AS reached,
	sum(CASE WHEN events >= 4 THEN 1 ELSE 0 END) AS fourOrMore
RETURN kind, young, reached, CASE young WHEN 0 THEN 0.0 ELSE toFloat(reached) / young END AS reachedShare,
	fourOrMore, CASE young WHEN 0 THEN 0.0 ELSE toFloat(fourOrMore) / young END AS fourOrMoreShare
ORDER BY kind;
