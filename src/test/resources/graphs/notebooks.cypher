// A small city whose answers were worked out by hand (asOf 2024-10-01; tie window
// 2023-09-01..2024-08-31; isolation lookback 12 months):
// coverage: young a2 a3 b2 b3 k2 = 5, mentored a2 b2 = 2 (0.4); new a2 b3 = 2, mentored 1.
//   SCHOOL 4 young / 2 mentored, 2 new / 1; PRESCHOOL 1 / 0; district d1 4 / 2, d2 1 / 0.
// ties: pb a1->b2 (3, cross s1->s2), pk k1t->k2 (3, internal), ev1 b1->a3 (1, s2->s1),
//   b1->b2 (1, internal), b1->k2 (1, s2->k1), ev3 a1->a3 (1, internal); ev2 is a day
//   before the window, pa starts after it. 6 ties, weight 10, cross weight 5.
//   flows s1->s2 3, s2->s1 1, s2->k1 1; outside: u1.
// isolation: b3 isolated (NO_MENTOR NO_GROUP NO_EVENTS NEW_WITHOUT_MENTOR); at risk:
//   a2 (NO_GROUP NO_EVENTS ONLY_INTERNAL_TIES), a3 (NO_MENTOR NO_GROUP), k2 (NO_MENTOR).
CREATE (:District {id: 'd1', name: 'Ленинский'}), (:District {id: 'd2', name: 'Устиновский'});
CREATE (:Organization {id: 's1', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []}),
	(:Organization {id: 's2', name: 'МБОУ «СОШ №2»', kind: 'SCHOOL', flags: []}),
	(:Organization {id: 'k1', name: 'МБДОУ «Детский сад №3»', kind: 'PRESCHOOL', flags: []}),
	(:Organization {id: 'u1', name: 'МБОУ ДО «ДДТ»', kind: 'SUPPLEMENTARY', flags: []});
MATCH (o:Organization), (d:District) WHERE (o.id IN ['s1', 's2'] AND d.id = 'd1') OR (o.id IN ['k1', 'u1'] AND d.id = 'd2')
CREATE (o)-[:IN_DISTRICT]->(d);
CREATE (:Subject {code: 'math', name: 'Математика'}), (:Competency {code: 'inclusion', name: 'Инклюзия', area: 'ОВЗ'});
UNWIND [
	['a1', 's1', '2000-09-01', 'HIGHEST'], ['a2', 's1', '2024-09-01', 'NONE'], ['a3', 's1', '2022-09-01', 'NONE'],
	['b1', 's2', '2005-01-10', 'FIRST'], ['b2', 's2', '2023-01-15', 'NONE'], ['b3', 's2', '2024-06-01', 'NONE'],
	['k1t', 'k1', '2010-01-01', 'FIRST'], ['k2', 'k1', '2023-10-01', 'NONE'], ['u1t', 'u1', '2015-01-01', 'SZD']
] AS row
MATCH (o:Organization {id: row[1]})
CREATE (t:Teacher {id: row[0], fullName: 'Учитель ' + row[0], position: 'учитель', category: row[3],
	teachingSince: date(row[2]), weeklyHours: 20.0})
CREATE (t)-[:WORKS_AT {since: date(row[2]), main: true}]->(o);
MATCH (t:Teacher), (s:Subject {code: 'math'}) WHERE t.id IN ['a1', 'a3', 'b1', 'b2', 'b3'] CREATE (t)-[:TEACHES]->(s);
MATCH (t:Teacher {id: 'a3'}), (c:Competency) CREATE (t)-[:HAS_DEFICIT {level: 'HIGH'}]->(c);
MATCH (t:Teacher {id: 'a1'}), (c:Competency) CREATE (t)-[:HAS_STRENGTH {level: 'HIGH'}]->(c);
MATCH (m:Teacher {id: 'a1'}), (e:Teacher {id: 'a2'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'pa', startedOn: date('2024-09-02')})<-[:MENTEE_IN]-(e);
MATCH (m:Teacher {id: 'a1'}), (e:Teacher {id: 'b2'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'pb', startedOn: date('2023-02-01')})<-[:MENTEE_IN]-(e);
MATCH (m:Teacher {id: 'k1t'}), (e:Teacher {id: 'k2'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'pk', startedOn: date('2023-10-05'), endedOn: date('2024-05-31')})<-[:MENTEE_IN]-(e);
CREATE (:Group:Network {id: 'g1', name: 'ГМО воспитателей', kind: 'METHOD_ASSOCIATION'});
CREATE (:Group:InnovationComplex {id: 'g2', name: 'Функциональная грамотность', kind: 'INNOVATION_COMPLEX', direction: 'Функциональная грамотность'});
MATCH (t:Teacher {id: 'k2'}), (g:Group {id: 'g1'}) CREATE (t)-[:MEMBER_OF {role: 'MEMBER', since: date('2023-11-01')}]->(g);
CREATE (:Event {id: 'ev1', title: 'Мастер-класс', format: 'MASTER_CLASS', date: date('2024-03-10'), level: 'MUNICIPAL'}),
	(:Event {id: 'ev2', title: 'Семинар', format: 'SEMINAR', date: date('2023-08-31'), level: 'MUNICIPAL'}),
	(:Event {id: 'ev3', title: 'Открытый урок', format: 'OPEN_LESSON', date: date('2024-05-20'), level: 'INSTITUTIONAL'});
MATCH (e:Event {id: 'ev1'}), (g:Group {id: 'g2'}), (o:Organization {id: 's2'}) CREATE (e)-[:ORGANIZED_BY]->(g), (e)-[:HOSTED_BY]->(o);
UNWIND [['b1', 'ev1', 'SPEAKER'], ['a3', 'ev1', 'ATTENDEE'], ['b2', 'ev1', 'ATTENDEE'], ['k2', 'ev1', 'ATTENDEE'],
	['a1', 'ev2', 'SPEAKER'], ['u1t', 'ev2', 'ATTENDEE'], ['a1', 'ev3', 'ORGANIZER'], ['a3', 'ev3', 'ATTENDEE']] AS row
MATCH (t:Teacher {id: row[0]}), (e:Event {id: row[1]})
CREATE (t)-[:PARTICIPATED_IN {role: row[2]}]->(e);
