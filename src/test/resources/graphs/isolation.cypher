// Isolated young teachers, asked at 2025-10-01 with the default lookback of 12 months:
// the window is (2024-10-01, 2025-10-01], i.e. 2024-10-02 .. 2025-10-01.
//
// Organizations: o1 SCHOOL and o2 SCHOOL in district d1, o3 PRESCHOOL in district d2.
// Veterans (not young): v1 (o1), v2 (o2), v3 (o3).
//
// Expected, worked out by hand (months at 2025-10-01; ties = distinct other teachers):
// | teacher | org | months | facts                                                      | reasons                                         | isolated | ties | cross |
// | y1 | o1 |  2 | no pair, no group, only event 2025-10-02 (a day after asOf)            | NO_MENTOR NO_GROUP NO_EVENTS NEW_WITHOUT_MENTOR | yes | 0 | 0 |
// | y2 | o1 | 13 | pair v1 (o1) open; group active; no event                              | NO_EVENTS ONLY_INTERNAL_TIES                    | no, at risk | 1 | 0 |
// | y3 | o2 | 25 | no pair, no group; attends e1 2025-03-10, speaker v1 (o1)              | NO_MENTOR NO_GROUP                              | no, at risk | 1 | 1 |
// | y4 | o2 | 32 | pair v2 (o2) ended 2024-12-31 (inside the window: a tie, not mentored); | NO_MENTOR NO_GROUP NO_EVENTS ONLY_INTERNAL_TIES | yes | 1 | 0 |
// |    |    |    | group ended 2025-06-30; only event 2024-10-01 (a day before the window) |                                                 |     |   |   |
// | y5 | o1 | 28 | moved o3 -> o1 on 2025-02-01; pair v3 (o3) 2023-07-01..2025-01-31, so  | NO_MENTOR ONLY_INTERNAL_TIES                    | no, at risk | 2 | 0 |
// |    |    |    | internal on its start; master class e3 2025-05-20 organized by v1 (o1), |                                                |     |   |   |
// |    |    |    | internal on its date; group membership without since or until (open)  |                                                 |     |   |   |
// | y6 | o3 | 13 | no pair; group only from 2025-11-01; attends conference e4 2024-10-02  | NO_MENTOR NO_GROUP                              | no, at risk | 1 | 1 |
// |    |    |    | (first day of the window), speaker v1 (o1); v3 only ORGANIZER of that  |                                                 |     |   |   |
// |    |    |    | CONFERENCE, which is no tie                                            |                                                 |     |   |   |
// | y7 | o3 |  4 | new, pair v3 (o3) from 2025-06-05; no group; no event                  | NO_GROUP NO_EVENTS ONLY_INTERNAL_TIES           | no, at risk | 1 | 0 |
// | y9 | o2 | 18 | no pair, no group; SPEAKER at seminar e6 2025-04-01 to v2 (o2) and   | NO_MENTOR NO_GROUP                              | no, at risk | 2 | 1 |
// |    |    |    | v1 (o1): ties in the teaching direction count too                      |                                                 |     |   |   |
// | y8 | o2 | 20 | pair v1 (o1) open; group; attends e1 (speaker v1)                      | none                                            | not listed | 1 | 1 |
// Not young or not there at 2025-10-01: z1 left o2 on 2025-06-30; z2 starts 2025-11-01;
// z3 has exactly 36 months (2022-10-01): none is listed.
//
// Lists: isolated only -> y1, y4. With at risk -> y1, y4, y2, y3, y5, y6, y7, y9 (8).
// District d1 with at risk -> y1, y4, y2, y3, y5, y9. Kind PRESCHOOL with at risk -> y6, y7.
// Curator of o1 with at risk -> y1, y2, y5.
CREATE (:Region {id: 'r1', name: 'Удмуртская Республика'});
CREATE (:Municipality {id: 'm1', name: 'Ижевск'});
MATCH (m:Municipality {id: 'm1'}), (r:Region {id: 'r1'}) CREATE (m)-[:IN_REGION]->(r);
CREATE (:District {id: 'd1', name: 'Ленинский'});
CREATE (:District {id: 'd2', name: 'Первомайский'});
MATCH (d:District), (m:Municipality {id: 'm1'}) CREATE (d)-[:IN_MUNICIPALITY]->(m);
CREATE (:Organization {id: 'o1', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o2', name: 'МБОУ «СОШ №2»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o3', name: 'МБДОУ «Детский сад №3»', kind: 'PRESCHOOL', flags: []});
MATCH (o:Organization) WHERE o.id IN ['o1', 'o2'] MATCH (d:District {id: 'd1'}) CREATE (o)-[:IN_DISTRICT]->(d);
MATCH (o:Organization {id: 'o3'}), (d:District {id: 'd2'}) CREATE (o)-[:IN_DISTRICT]->(d);
UNWIND [
  ['v1', 'Васильева Вера', '2000-09-01', 'o1'], ['v2', 'Волков Виктор', '2005-09-01', 'o2'],
  ['v3', 'Воронова Валентина', '2010-09-01', 'o3'],
  ['y1', 'Юрьева Юлия', '2025-08-01', 'o1'], ['y2', 'Яковлев Ян', '2024-09-01', 'o1'],
  ['y3', 'Ушакова Ульяна', '2023-09-01', 'o2'], ['y4', 'Уткин Устин', '2023-01-10', 'o2'],
  ['y6', 'Шишкина Яна', '2024-09-01', 'o3'], ['y7', 'Щукина Ия', '2025-06-01', 'o3'],
  ['y8', 'Юдин Юрий', '2024-01-15', 'o2'], ['y9', 'Ювенальева Юна', '2024-03-01', 'o2'], ['z2', 'Зуева Зоя', '2025-11-01', 'o1'],
  ['z3', 'Зимин Захар', '2022-10-01', 'o1']
] AS row
CREATE (t:Teacher {id: row[0], fullName: row[1], category: 'NONE', teachingSince: date(row[2])})
WITH t, row MATCH (o:Organization {id: row[3]})
CREATE (t)-[:WORKS_AT {since: date(row[2]), main: true}]->(o);
// y5 moved from the preschool o3 to the school o1; z1 left o2.
CREATE (:Teacher {id: 'y5', fullName: 'Юсупова Яра', category: 'NONE', teachingSince: date('2023-06-01')});
MATCH (t:Teacher {id: 'y5'}), (o:Organization {id: 'o3'}) CREATE (t)-[:WORKS_AT {since: date('2023-06-01'), until: date('2025-01-31'), main: true}]->(o);
MATCH (t:Teacher {id: 'y5'}), (o:Organization {id: 'o1'}) CREATE (t)-[:WORKS_AT {since: date('2025-02-01'), main: true}]->(o);
CREATE (:Teacher {id: 'z1', fullName: 'Зайцев Зиновий', category: 'NONE', teachingSince: date('2024-01-01')});
MATCH (t:Teacher {id: 'z1'}), (o:Organization {id: 'o2'}) CREATE (t)-[:WORKS_AT {since: date('2024-01-01'), until: date('2025-06-30'), main: true}]->(o);
// Mentoring pairs.
UNWIND [
  ['p1', 'v1', 'y2', '2024-09-15', null], ['p2', 'v2', 'y4', '2023-02-01', '2024-12-31'],
  ['p3', 'v3', 'y5', '2023-07-01', '2025-01-31'], ['p4', 'v3', 'y7', '2025-06-05', null],
  ['p5', 'v1', 'y8', '2024-02-01', null]
] AS row
MATCH (m:Teacher {id: row[1]}), (e:Teacher {id: row[2]})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: row[0], startedOn: date(row[3]), endedOn: date(row[4])})<-[:MENTEE_IN]-(e);
// Groups and memberships.
CREATE (:Group:Network {id: 'g1', name: 'ГМО учителей математики', kind: 'METHOD_ASSOCIATION'});
UNWIND [
  ['y2', '2024-09-01', null], ['y4', '2023-03-01', '2025-06-30'], ['y5', null, null],
  ['y8', '2024-02-01', null], ['y6', '2025-11-01', null]
] AS row
MATCH (t:Teacher {id: row[0]}), (g:Group {id: 'g1'})
CREATE (t)-[:MEMBER_OF {role: 'MEMBER', since: date(row[1]), until: date(row[2])}]->(g);
// Events and participation.
UNWIND [
  ['e1', 'Семинар по функциональной грамотности', 'SEMINAR', '2025-03-10'],
  ['e2', 'Открытый урок', 'OPEN_LESSON', '2024-10-01'],
  ['e3', 'Мастер-класс', 'MASTER_CLASS', '2025-05-20'],
  ['e4', 'Конференция молодых педагогов', 'CONFERENCE', '2024-10-02'],
  ['e5', 'Вебинар', 'WEBINAR', '2025-10-02'],
  ['e6', 'Семинар молодого педагога', 'SEMINAR', '2025-04-01']
] AS row
CREATE (:Event {id: row[0], title: row[1], format: row[2], date: date(row[3]), level: 'MUNICIPAL'});
UNWIND [
  ['v1', 'e1', 'SPEAKER'], ['y3', 'e1', 'ATTENDEE'], ['y8', 'e1', 'ATTENDEE'],
  ['v2', 'e2', 'SPEAKER'], ['y4', 'e2', 'ATTENDEE'],
  ['v1', 'e3', 'ORGANIZER'], ['y5', 'e3', 'ATTENDEE'],
  ['v1', 'e4', 'SPEAKER'], ['v3', 'e4', 'ORGANIZER'], ['y6', 'e4', 'ATTENDEE'],
  ['v2', 'e5', 'SPEAKER'], ['y1', 'e5', 'ATTENDEE'],
  ['y9', 'e6', 'SPEAKER'], ['v2', 'e6', 'ATTENDEE'], ['v1', 'e6', 'ATTENDEE']
] AS row
MATCH (t:Teacher {id: row[0]}), (e:Event {id: row[1]})
CREATE (t)-[:PARTICIPATED_IN {role: row[2]}]->(e);
