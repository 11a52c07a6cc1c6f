// Question: which pairs of organizations started, stopped or kept learning from each other
//   between last year and this year?
// Definitions: model.md "Learning ties"; an organization pair (A, B) is tied in a window
//   when some cross-organization tie runs from A to B in it. The window [from, to] is
//   compared with the window of the same length just before it.
// Parameters: from, to. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: two passes over a year's ties; under 1 s for a city.
:param from => date() - duration({years: 1}) + duration({days: 1});
:param to => date();

WITH date($from) AS from, date($to) AS to, date($from) - duration.inDays(date($from), date($to)) - duration({days: 1}) AS previousFrom,
	date($from) - duration({days: 1}) AS previousTo
UNWIND [['current', from, to], ['previous', previousFrom, previousTo]] AS window
CALL (window) {
	WITH window[1] AS wFrom, window[2] AS wTo
	MATCH (m:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(e:Teacher)
	WHERE p.startedOn <= wTo AND (p.endedOn IS NULL OR p.endedOn >= wFrom)
	RETURN m AS source, e AS target, p.startedOn AS day
	UNION ALL
	WITH window[1] AS wFrom, window[2] AS wTo
	MATCH (s:Teacher)-[sp:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN {role: 'ATTENDEE'}]-(a:Teacher)
	WHERE ev.date >= wFrom AND ev.date <= wTo AND s <> a
		AND (sp.role = 'SPEAKER' OR (sp.role = 'ORGANIZER'
			AND ev.format IN ['MASTER_CLASS', 'OPEN_LESSON', 'LESSON_VISIT', 'WORKSHOP', 'INTERNSHIP']))
	RETURN s AS source, a AS target, ev.date AS day
}
MATCH (source)-[ws:WORKS_AT {main: true}]->(a:Organization)
WHERE ws.since <= day AND (ws.until IS NULL OR ws.until >= day)
MATCH (target)-[wt:WORKS_AT {main: true}]->(b:Organization)
WHERE wt.since <= day AND (wt.until IS NULL OR wt.until >= day) AND a <> b
WITH a.id AS source, b.id AS target, collect(DISTINCT window[0]) AS windows
WITH source, target,
	CASE WHEN size(windows) = 2 THEN 'KEPT' WHEN windows[0] = 'current' THEN 'NEW' ELSE 'LOST' END AS change
RETURN change, count(*) AS organizationPairs, collect(source + ' -> ' + target)[0..20] AS examples
ORDER BY change;
