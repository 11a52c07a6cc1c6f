// Question: where does the city lack mentors: for each subject and competency, how many
//   young teachers have the deficit, and how many experienced teachers of that subject
//   have it as a strength?
// Definitions: young as in model.md; a possible mentor is a teacher of the subject with at
//   least minMentorExperienceYears of experience who works on asOf. A high ratio of
//   deficits to strengths is where the city lacks mentors.
// Parameters: asOf, youngTeacherMonths, minMentorExperienceYears. Dates may be dates or
//   'YYYY-MM-DD' strings (as JSON sends them): the query reads each with date().
// Expected cost: one pass over competency assessments (tens of thousands for a city);
//   under 300 ms.
:param asOf => date();
:param youngTeacherMonths => 36;
:param minMentorExperienceYears => 5;

MATCH (t:Teacher)-[:HAS_DEFICIT]->(c:Competency)
WHERE t.teachingSince <= date($asOf) AND duration.inMonths(t.teachingSince, date($asOf)).months < $youngTeacherMonths
	AND EXISTS { (t)-[w:WORKS_AT {main: true}]->() WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf)) }
MATCH (t)-[:TEACHES]->(s:Subject)
WITH s, c, count(DISTINCT t) AS youngWithDeficit
OPTIONAL MATCH (s)<-[:TEACHES]-(m:Teacher)-[:HAS_STRENGTH]->(c)
WHERE duration.inMonths(m.teachingSince, date($asOf)).months >= 12 * $minMentorExperienceYears
	AND EXISTS { (m)-[w:WORKS_AT {main: true}]->() WHERE w.since <= date($asOf) AND (w.until IS NULL OR w.until >= date($asOf)) }
WITH s, c, youngWithDeficit, count(DISTINCT m) AS possibleMentors
RETURN s.name AS subject, c.name AS competency, youngWithDeficit, possibleMentors,
	CASE possibleMentors WHEN 0 THEN null ELSE toFloat(youngWithDeficit) / possibleMentors END AS deficitsPerMentor
ORDER BY possibleMentors = 0 DESC, deficitsPerMentor DESC, subject, competency;
