// Question: who learns from whom between organizations in a window: the flow A -> B is the
//   weight of learning ties from teachers of A to teachers of B.
// Definitions: model.md "Learning ties": MENTORING mentor -> mentee for a pair active on
//   any day of [from, to], weight 3, organizations at the pair's start; EVENT speaker (or
//   organizer of a master class, open lesson, lesson visit, workshop or internship) ->
//   attendee for every event in the window, weight 1, organizations on the event's day.
//   The same flows as GraphQL horizontalLearning(from, to).organizationFlows.
// Parameters: from, to. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over the window's pairs and event participations (tens of
//   thousands of rows for a city over a year); under 500 ms for a city.
:param from => date() - duration({years: 1}) + duration({days: 1});
:param to => date();

CALL () {
	MATCH (m:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(e:Teacher)
	WHERE p.startedOn <= date($to) AND (p.endedOn IS NULL OR p.endedOn >= date($from))
	RETURN m AS source, e AS target, p.startedOn AS day, 3.0 AS weight
	UNION ALL
	MATCH (s:Teacher)-[sp:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN {role: 'ATTENDEE'}]-(a:Teacher)
	WHERE ev.date >= date($from) AND ev.date <= date($to) AND s <> a
		AND (sp.role = 'SPEAKER' OR (sp.role = 'ORGANIZER'
			AND ev.format IN ['MASTER_CLASS', 'OPEN_LESSON', 'LESSON_VISIT', 'WORKSHOP', 'INTERNSHIP']))
	RETURN s AS source, a AS target, ev.date AS day, 1.0 AS weight
}
MATCH (source)-[ws:WORKS_AT {main: true}]->(a:Organization)
WHERE ws.since <= day AND (ws.until IS NULL OR ws.until >= day)
MATCH (target)-[wt:WORKS_AT {main: true}]->(b:Organization)
WHERE wt.since <= day AND (wt.until IS NULL OR wt.until >= day) AND a <> b
RETURN a.id AS source, a.name AS sourceName, b.id AS target, b.name AS targetName,
	sum(weight) AS weight, count(*) AS ties
ORDER BY weight DESC, source, target;
