// Trends and evidence: a small city followed from 2023 to 2025, worked out by hand.
//
// Organizations: o1 SCHOOL, o2 PRESCHOOL, o3 SCHOOL (one experienced teacher, no ties),
// imc METHOD_CENTER (no teachers: a hub, never outside).
// Mentors m1 (o1) and m2 (o2) since 2000; q3 (o3) since 2005.
// Young teachers (all still young on 2025-10-01):
//   o1: s1 2024-09-01 isolated, left 2025-03-31 | s2 2023-09-01 isolated, stays
//       s3 2024-09-01 mentored by m1 from 2024-09-10, stays
//       s4 2023-09-01 mentored by m1 from 2023-09-15 to 2025-05-31, left 2025-05-31
//       s5 2023-09-01 mentored by m1 from 2023-09-15, moved to o2 on 2025-02-01 (not a leaver)
//       s6 2023-09-01 mentored by m1 from 2023-09-15, stays
//   o2: p1 2024-09-01 isolated, left 2025-06-30 | p2 2023-09-01 isolated, stays
//       p3 2024-09-01 mentored by m2 from 2024-09-10 | p4, p5, p6 2023-09-01 mentored by m2 from 2023-09-15
// Event e1 2024-05-15 SEMINAR: m1 speaks, m2 attends (cross o1 -> o2).
//
// Evidence on 2024-10-01 (followed to 2025-10-01):
//   SCHOOL: isolated 2 (s1 left), others 4 (s4 left): RR (1/2)/(1/4) = 2,
//           SE sqrt(1 - 1/2 + 1 - 1/4) = sqrt(1.25), 95% CI 2 exp(-/+ 1.96 x 1.118) = 0.2235 .. 17.894
//   PRESCHOOL: isolated 2 (p1 left), others 4 (none left): RR undefined (null)
//   all: isolated 4 (2 left), others 8 (1 left): RR (2/4)/(1/8) = 4,
//        SE sqrt(1/2 - 1/4 + 1 - 1/8) = sqrt(1.125), 95% CI 0.5003 .. 31.981
// Trends by October 1st, asOf 2025-10-01, 2 years:
//   2024-10-01: young 12, mentored 8; new (since after 2024-04-01) s1 s3 p1 p3: 4, mentored 2;
//               isolated 4 (share 1/3); window 2023-10-02 .. 2024-10-01: 8 pairs (weight 24)
//               + e1 (1) = 9 ties, weight 25, cross 1/25; outside: o3 (imc is a hub) = 1
//   2025-10-01: young s2 s3 s5 s6 p2..p6 = 9, mentored 7; new 0 (share 1.0); isolated 2;
//               window 2024-10-02 .. 2025-10-01: 8 pairs, weight 24, cross 0; outside o1 o2 o3 = 3
CREATE (:Region {id: 'r1', name: 'Удмуртская Республика'});
CREATE (:Municipality {id: 'm1', name: 'Ижевск'});
MATCH (m:Municipality {id: 'm1'}), (r:Region {id: 'r1'}) CREATE (m)-[:IN_REGION]->(r);
CREATE (:District {id: 'd1', name: 'Ленинский'});
MATCH (d:District), (m:Municipality {id: 'm1'}) CREATE (d)-[:IN_MUNICIPALITY]->(m);
CREATE (:Organization {id: 'o1', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o2', name: 'МБДОУ «Детский сад №2»', kind: 'PRESCHOOL', flags: []});
CREATE (:Organization {id: 'o3', name: 'МБОУ «СОШ №3»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'imc', name: 'МАУ ИМЦ «Альтернатива»', kind: 'METHOD_CENTER', flags: []});
MATCH (o:Organization) WHERE o.id IN ['o1', 'o2', 'o3'] MATCH (d:District {id: 'd1'}) CREATE (o)-[:IN_DISTRICT]->(d);
MATCH (o:Organization {id: 'imc'}), (m:Municipality {id: 'm1'}) CREATE (o)-[:IN_MUNICIPALITY]->(m);
UNWIND [
  ['m1', 'Морозова Мария', '2000-09-01', 'o1', null], ['m2', 'Миронова Марина', '2000-09-01', 'o2', null],
  ['q3', 'Кузнецова Юлия', '2005-09-01', 'o3', null],
  ['s1', 'Соколова Софья', '2024-09-01', 'o1', '2025-03-31'], ['s2', 'Семенова Светлана', '2023-09-01', 'o1', null],
  ['s3', 'Сергеева Серафима', '2024-09-01', 'o1', null], ['s4', 'Сидоров Семен', '2023-09-01', 'o1', '2025-05-31'],
  ['s5', 'Савельева Снежана', '2023-09-01', 'o1', '2025-01-31'], ['s6', 'Степанова Стелла', '2023-09-01', 'o1', null],
  ['p1', 'Павлова Полина', '2024-09-01', 'o2', '2025-06-30'], ['p2', 'Петрова Прасковья', '2023-09-01', 'o2', null],
  ['p3', 'Панова Павла', '2024-09-01', 'o2', null], ['p4', 'Попова Пелагея', '2023-09-01', 'o2', null],
  ['p5', 'Прохорова Полина', '2023-09-01', 'o2', null], ['p6', 'Платонова Прасковья', '2023-09-01', 'o2', null]
] AS row
CREATE (t:Teacher {id: row[0], fullName: row[1], category: 'NONE', teachingSince: date(row[2])})
WITH t, row MATCH (o:Organization {id: row[3]})
CREATE (t)-[:WORKS_AT {since: date(row[2]), until: date(row[4]), main: true}]->(o);
MATCH (t:Teacher {id: 's5'}), (o:Organization {id: 'o2'}) CREATE (t)-[:WORKS_AT {since: date('2025-02-01'), main: true}]->(o);
UNWIND [
  ['h3', 'm1', 's3', '2024-09-10', null], ['h4', 'm1', 's4', '2023-09-15', '2025-05-31'],
  ['h5', 'm1', 's5', '2023-09-15', null], ['h6', 'm1', 's6', '2023-09-15', null],
  ['k3', 'm2', 'p3', '2024-09-10', null], ['k4', 'm2', 'p4', '2023-09-15', null],
  ['k5', 'm2', 'p5', '2023-09-15', null], ['k6', 'm2', 'p6', '2023-09-15', null]
] AS row
MATCH (m:Teacher {id: row[1]}), (e:Teacher {id: row[2]})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: row[0], startedOn: date(row[3]), endedOn: date(row[4])})<-[:MENTEE_IN]-(e);
CREATE (:Event {id: 'e1', title: 'Семинар', format: 'SEMINAR', date: date('2024-05-15'), level: 'MUNICIPAL'});
MATCH (t:Teacher {id: 'm1'}), (e:Event {id: 'e1'}) CREATE (t)-[:PARTICIPATED_IN {role: 'SPEAKER'}]->(e);
MATCH (t:Teacher {id: 'm2'}), (e:Event {id: 'e1'}) CREATE (t)-[:PARTICIPATED_IN {role: 'ATTENDEE'}]->(e);
