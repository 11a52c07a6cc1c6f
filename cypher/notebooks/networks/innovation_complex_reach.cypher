// Question: how far does each innovation complex reach in a window: its events, the
//   teachers and organizations that took part, and the share of young teachers among them?
// Definitions: an innovation complex is a Group with the label :InnovationComplex; its
//   events are (:Event)-[:ORGANIZED_BY]->(complex) dated in [from, to]; young as in model.md
//   on the event's day; organizations are the participants' main organizations then.
// Parameters: from, to, youngTeacherMonths. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over the complexes' participations; under 200 ms for a city.
:param from => date() - duration({years: 1}) + duration({days: 1});
:param to => date();
:param youngTeacherMonths => 36;

MATCH (g:InnovationComplex)
OPTIONAL MATCH (g)<-[:ORGANIZED_BY]-(e:Event)<-[:PARTICIPATED_IN]-(t:Teacher)
WHERE e.date >= date($from) AND e.date <= date($to)
OPTIONAL MATCH (t)-[w:WORKS_AT {main: true}]->(o:Organization)
WHERE w.since <= e.date AND (w.until IS NULL OR w.until >= e.date)
WITH g, count(DISTINCT e) AS events, count(DISTINCT t) AS teachers, count(DISTINCT o) AS organizations,
	count(DISTINCT CASE WHEN duration.inMonths(t.teachingSince, e.date).months < $youngTeacherMonths THEN t END) AS young
RETURN g.id AS complex, g.name AS name, g.direction AS direction, events, teachers, organizations, young,
	CASE teachers WHEN 0 THEN 0.0 ELSE toFloat(young) / teachers END AS youngShare
ORDER BY teachers DESC, complex;
