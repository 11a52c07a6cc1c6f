// Question: which organizations stay outside horizontal learning in a window: no
//   cross-organization learning tie, in or out?
// Definitions: model.md "Learning ties"; the same organizations as GraphQL
//   horizontalLearning(from, to).organizationsOutside (scope: the whole graph).
// Parameters: from, to. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: as flows_between_organizations plus one pass over organizations; under
//   500 ms for a city.
:param from => date() - duration({years: 1}) + duration({days: 1});
:param to => date();

CALL () {
	MATCH (m:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(e:Teacher)
	WHERE p.startedOn <= date($to) AND (p.endedOn IS NULL OR p.endedOn >= date($from))
	RETURN m AS source, e AS target, p.startedOn AS day
	UNION ALL
	MATCH (s:Teacher)-[sp:PARTICIPATED_IN]->(ev:Event)<-[:PARTICIPATED_IN {role: 'ATTENDEE'}]-(a:Teacher)
	WHERE ev.date >= date($from) AND ev.date <= date($to) AND s <> a
		AND (sp.role = 'SPEAKER' OR (sp.role = 'ORGANIZER'
			AND ev.format IN ['MASTER_CLASS', 'OPEN_LESSON', 'LESSON_VISIT', 'WORKSHOP', 'INTERNSHIP']))
	RETURN s AS source, a AS target, ev.date AS day
}
MATCH (source)-[ws:WORKS_AT {main: true}]->(a:Organization)
WHERE ws.since <= day AND (ws.until IS NULL OR ws.until >= day)
MATCH (target)-[wt:WORKS_AT {main: true}]->(b:Organization)
WHERE wt.since <= day AND (wt.until IS NULL OR wt.until >= day) AND a <> b
WITH collect(DISTINCT a) + collect(DISTINCT b) AS inside
MATCH (o:Organization)
WHERE NOT o IN inside
RETURN o.id AS organization, o.name AS name, o.kind AS kind
ORDER BY organization;
