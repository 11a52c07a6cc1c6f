// Question: did the young teachers isolated on a day leave more often, within 12 months,
//   than the other young teachers? Relative risk with a 95% confidence interval, by kind
//   of organization and for all kinds ('ALL').
// Definitions: model.md "Isolated young teacher" on day (window (day - L months, day]);
//   left = no main WORKS_AT on day + 12 months (moving to another organization is not
//   leaving); RR = (a / n1) / (c / n0), 95% CI exp(ln RR -/+ 1.96 sqrt(1/a - 1/n1 + 1/c - 1/n0))
//   (Katz log method), null when a cell is 0. The same figures as GraphQL
//   isolationAndLeaving(asOf: day + 12 months, years: 1).
// Parameters: day (an October 1st), lookbackMonths, youngTeacherMonths.
// Expected cost: one pass over the young teachers of the day (about 700 for a city) with
//   four existence checks each; under 100 ms for a city.
:param day => date('2024-10-01');
:param lookbackMonths => 12;
:param youngTeacherMonths => 36;

MATCH (t:Teacher)-[w:WORKS_AT {main: true}]->(o:Organization)
WHERE w.since <= date($day) AND (w.until IS NULL OR w.until >= date($day)) AND t.teachingSince <= date($day)
	AND duration.inMonths(t.teachingSince, date($day)).months < $youngTeacherMonths
WITH DISTINCT t, o.kind AS kind, date($day) - duration({months: $lookbackMonths}) AS windowStart,
	date($day) + duration({months: 12}) AS followedUntil
WITH t, kind, followedUntil,
	NOT EXISTS { (t)-[:MENTEE_IN]->(p:MentoringPair)
		WHERE p.startedOn <= date($day) AND (p.endedOn IS NULL OR p.endedOn >= date($day)) }
	AND NOT EXISTS { (t)-[m:MEMBER_OF]->(:Group)
		WHERE (m.since IS NULL OR m.since <= date($day)) AND (m.until IS NULL OR m.until >= date($day)) }
	AND NOT EXISTS { (t)-[:PARTICIPATED_IN]->(e:Event) WHERE e.date > windowStart AND e.date <= date($day) } AS isolated,
	NOT EXISTS { (t)-[later:WORKS_AT {main: true}]->(:Organization)
		WHERE later.since <= followedUntil AND (later.until IS NULL OR later.until >= followedUntil) } AS left
UNWIND [kind, 'ALL'] AS groupKind
WITH groupKind, count(CASE WHEN isolated THEN 1 END) AS n1, count(CASE WHEN isolated AND left THEN 1 END) AS a,
	count(CASE WHEN NOT isolated THEN 1 END) AS n0, count(CASE WHEN NOT isolated AND left THEN 1 END) AS c
WITH groupKind, n1, a, n0, c,
	CASE WHEN a > 0 AND c > 0 THEN (toFloat(a) / n1) / (toFloat(c) / n0) END AS rr,
	CASE WHEN a > 0 AND c > 0 THEN sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n0) END AS se
RETURN groupKind AS kind, n1 AS isolated, a AS isolatedLeft, n0 AS notIsolated, c AS notIsolatedLeft,
	rr AS relativeRisk, rr * exp(-1.959963984540054 * se) AS lower95, rr * exp(1.959963984540054 * se) AS upper95
ORDER BY kind;
