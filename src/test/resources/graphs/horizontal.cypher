// Horizontal learning, asked for the window [2025-01-01, 2025-12-31].
//
// Organizations: o1 and o2 SCHOOL in district d1; o3 SCHOOL and o4 PRESCHOOL in d2.
// Cluster A (o1): speakers a1, a2; attendees a3, a4. Cluster B (o3): b1, b2, b3.
// The bridge x (o2) attends cluster A's seminar and organizes a master class for cluster B.
// a4 moved from o1 to o3 on 2025-04-01 (after cluster A's seminar). o4 has one teacher, q1,
// with no tie.
//
// Tie instances in the window, worked out by hand:
//   eA 2025-03-01 SEMINAR, speakers a1 a2, attendees a3 a4 x:
//      a1->a3, a1->a4, a2->a3, a2->a4 internal (o1, a4 still in o1); a1->x, a2->x cross o1->o2   6 x weight 1
//   eB 2025-04-10 MASTER_CLASS, ORGANIZER x, attendees b1 b2 b3: x->b1, x->b2, x->b3 cross o2->o3 3 x weight 1
//   eB2 2025-05-15 SEMINAR, speaker b1, attendees b2 b3: internal                                   2 x weight 1
//   pair pM a1 -> a3 from 2024-09-01, open: internal                                                1 x weight 3
//   pair pE b1 -> b3 2024-06-01 .. 2025-02-15 (ended inside the window): internal                   1 x weight 3
// Not ties: eOld 2024-12-31 (a day before the window); pair pOld ended 2024-12-31; pair pLate
// starts 2026-01-01; eConf 2025-06-01 CONFERENCE whose a1 is only ORGANIZER; b2 as JURY.
//
// Whole city: ties 13, totalWeight 17, cross weight 5, crossOrganizationShare 5/17;
// teachersWithCrossOrganizationTie 6 (a1 a2 x b1 b2 b3); flows o2->o3 (3, 3 ties),
// o1->o2 (2, 2 ties); organizationsOutside [o4].
// District d2 (o3, o4): ties eB, eB2, pE: 6 ties, weight 8, cross 3 -> share 0.375;
// teachers of the scope with a cross tie: b1 b2 b3 (3); flows o2->o3; outside [o4].
// (Had a4 been placed by today's organization, eA's ties to a4 would be in d2 and cross.)
// Kind PRESCHOOL (o4): nothing; share 0; outside [o4].
//
// Tie graph (undirected): a1-a3 a1-a4 a1-x a2-a3 a2-a4 a2-x x-b1 x-b2 x-b3 b1-b2 b1-b3.
// Betweenness over unordered pairs:
//   x: the 4 x 3 pairs between {a1 a2 a3 a4} and {b1 b2 b3} all pass x = 12; a1-a2 has 3
//      shortest paths (via a3, a4, x) = 1/3; b2-b3 has 2 (via b1, x) = 1/2; total 77/6
//   a1, a2: a3-a4 1/2, a3-x 1/2, a4-x 1/2, a3-b* 3/2, a4-b* 3/2 = 4.5 each
//   b1: b2-b3 = 1/2; a3, a4: a1-a2 = 1/3 each; b2, b3: 0 (not listed)
// Brokers: x (77/6, bridges o1 and o3: 2), a1 (4.5, bridges o2: 1), a2 (4.5, 1), b1 (0.5, 1),
// a3 (1/3, 0), a4 (1/3, 0). The curator of o1 sees a1, a2, a3 (a4 is in o3 at the end).
CREATE (:Region {id: 'r1', name: 'Удмуртская Республика'});
CREATE (:Municipality {id: 'm1', name: 'Ижевск'});
MATCH (m:Municipality {id: 'm1'}), (r:Region {id: 'r1'}) CREATE (m)-[:IN_REGION]->(r);
CREATE (:District {id: 'd1', name: 'Ленинский'});
CREATE (:District {id: 'd2', name: 'Первомайский'});
MATCH (d:District), (m:Municipality {id: 'm1'}) CREATE (d)-[:IN_MUNICIPALITY]->(m);
CREATE (:Organization {id: 'o1', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o2', name: 'МБОУ «Гимназия №2»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o3', name: 'МБОУ «СОШ №3»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o4', name: 'МБДОУ «Детский сад №4»', kind: 'PRESCHOOL', flags: []});
MATCH (o:Organization) WHERE o.id IN ['o1', 'o2'] MATCH (d:District {id: 'd1'}) CREATE (o)-[:IN_DISTRICT]->(d);
MATCH (o:Organization) WHERE o.id IN ['o3', 'o4'] MATCH (d:District {id: 'd2'}) CREATE (o)-[:IN_DISTRICT]->(d);
UNWIND [
  ['a1', 'Алексеева Анна', '2001-09-01', 'o1'], ['a2', 'Андреев Антон', '2003-09-01', 'o1'],
  ['a3', 'Артемьева Алла', '2024-09-01', 'o1'], ['x', 'Ксенофонтова Ксения', '2008-09-01', 'o2'],
  ['b1', 'Борисова Белла', '2006-09-01', 'o3'], ['b2', 'Богданов Борис', '2023-09-01', 'o3'],
  ['b3', 'Белова Берта', '2024-09-01', 'o3'], ['q1', 'Кузнецова Юлия', '2015-09-01', 'o4']
] AS row
CREATE (t:Teacher {id: row[0], fullName: row[1], category: 'FIRST', teachingSince: date(row[2])})
WITH t, row MATCH (o:Organization {id: row[3]})
CREATE (t)-[:WORKS_AT {since: date(row[2]), main: true}]->(o);
CREATE (:Teacher {id: 'a4', fullName: 'Абрамов Аркадий', category: 'NONE', teachingSince: date('2024-09-01')});
MATCH (t:Teacher {id: 'a4'}), (o:Organization {id: 'o1'}) CREATE (t)-[:WORKS_AT {since: date('2024-09-01'), until: date('2025-03-31'), main: true}]->(o);
MATCH (t:Teacher {id: 'a4'}), (o:Organization {id: 'o3'}) CREATE (t)-[:WORKS_AT {since: date('2025-04-01'), main: true}]->(o);
UNWIND [
  ['pM', 'a1', 'a3', '2024-09-01', null], ['pE', 'b1', 'b3', '2024-06-01', '2025-02-15'],
  ['pOld', 'b1', 'b2', '2023-09-01', '2024-12-31'], ['pLate', 'x', 'b2', '2026-01-01', null]
] AS row
MATCH (m:Teacher {id: row[1]}), (e:Teacher {id: row[2]})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: row[0], startedOn: date(row[3]), endedOn: date(row[4])})<-[:MENTEE_IN]-(e);
UNWIND [
  ['eA', 'Семинар кластера А', 'SEMINAR', '2025-03-01'], ['eB', 'Мастер-класс', 'MASTER_CLASS', '2025-04-10'],
  ['eB2', 'Семинар кластера Б', 'SEMINAR', '2025-05-15'], ['eOld', 'Старый семинар', 'SEMINAR', '2024-12-31'],
  ['eConf', 'Конференция', 'CONFERENCE', '2025-06-01']
] AS row
CREATE (:Event {id: row[0], title: row[1], format: row[2], date: date(row[3]), level: 'MUNICIPAL'});
UNWIND [
  ['a1', 'eA', 'SPEAKER'], ['a2', 'eA', 'SPEAKER'], ['a3', 'eA', 'ATTENDEE'], ['a4', 'eA', 'ATTENDEE'],
  ['x', 'eA', 'ATTENDEE'],
  ['x', 'eB', 'ORGANIZER'], ['b1', 'eB', 'ATTENDEE'], ['b2', 'eB', 'ATTENDEE'], ['b3', 'eB', 'ATTENDEE'],
  ['b1', 'eB2', 'SPEAKER'], ['b2', 'eB2', 'ATTENDEE'], ['b3', 'eB2', 'ATTENDEE'], ['b2', 'eB2', 'JURY'],
  ['a1', 'eOld', 'SPEAKER'], ['b3', 'eOld', 'ATTENDEE'],
  ['a1', 'eConf', 'ORGANIZER'], ['b2', 'eConf', 'ATTENDEE']
] AS row
MATCH (t:Teacher {id: row[0]}), (e:Event {id: row[1]})
CREATE (t)-[:PARTICIPATED_IN {role: row[2]}]->(e);
// Innovation complexes (beyond the contract): gC organized eA and eConf in the window
// (and eOld before it); gD organized nothing. gC reaches a1 a2 a3 a4 (o1 on 2025-03-01),
// x (o2) and b2 (o3): 6 teachers, 3 organizations; young on the event's date: a3, a4
// (since 2024-09-01) and b2 (since 2023-09-01): 3, share 0.5. In district d2: b2 only.
// The previous window of 2025 (2024-01-02 .. 2024-12-31) has eOld a1 -> b3 (cross o1 -> o3),
// pM, pE and pOld: 4 ties, weight 10; its only flow o1 -> o3 is lost, o2 -> o3 and
// o1 -> o2 are new, none kept.
CREATE (:Group:InnovationComplex {id: 'gC', name: 'ИНКО «Функциональная грамотность»', kind: 'INNOVATION_COMPLEX', direction: 'Функциональная грамотность'});
CREATE (:Group:InnovationComplex {id: 'gD', name: 'ИНКО «Счастье в деятельности»', kind: 'INNOVATION_COMPLEX', direction: 'Профилактика выгорания'});
MATCH (e:Event) WHERE e.id IN ['eA', 'eConf', 'eOld'] MATCH (g:Group {id: 'gC'}) CREATE (e)-[:ORGANIZED_BY]->(g);
