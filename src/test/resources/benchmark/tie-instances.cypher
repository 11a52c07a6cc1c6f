// Every learning-tie instance of model.md in the window [$from, $to], with the main
// organization of each end on the tie's date: the export that NetworkX reads.
CALL () {
  MATCH (s:Teacher)-[:MENTOR_IN]->(p:MentoringPair)<-[:MENTEE_IN]-(t:Teacher)
  WHERE p.startedOn <= $to AND (p.endedOn IS NULL OR p.endedOn >= $from)
  RETURN s, t, 'MENTORING' AS kind, 3.0 AS weight, p.startedOn AS date
  UNION ALL
  MATCH (s:Teacher)-[r:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN {role: 'ATTENDEE'}]-(t:Teacher)
  WHERE e.date >= $from AND e.date <= $to AND s <> t
    AND (r.role = 'SPEAKER' OR (r.role = 'ORGANIZER' AND e.format IN $teachingFormats))
  RETURN s, t, 'EVENT' AS kind, 1.0 AS weight, e.date AS date
}
OPTIONAL CALL (s, date) {
  MATCH (s)-[w:WORKS_AT {main: true}]->(o:Organization)
  WHERE w.since <= date AND (w.until IS NULL OR w.until >= date)
  RETURN o.id AS sourceOrganization ORDER BY w.since DESC LIMIT 1
}
OPTIONAL CALL (t, date) {
  MATCH (t)-[w:WORKS_AT {main: true}]->(o:Organization)
  WHERE w.since <= date AND (w.until IS NULL OR w.until >= date)
  RETURN o.id AS targetOrganization ORDER BY w.since DESC LIMIT 1
}
RETURN s.id AS source, t.id AS target, kind, weight, sourceOrganization, targetOrganization
