// The register of mentoring and the October monitoring (RegisterTests, MonitoringTests),
// with every answer worked out by hand in the tests. The day asked is 2025-10-15
// (school year from 2025-09-01). Municipality izh, district d1: o1, o2 schools, o3 preschool.
// o1 has a configured curator (the test user "curator"); o2 one through M4's COORDINATOR
// membership of g2; o3 none.
CREATE (:Region {id: 'r1', name: 'Удмуртская Республика'});
MATCH (r:Region {id: 'r1'}) CREATE (:Municipality {id: 'izh', name: 'Ижевск'})-[:IN_REGION]->(r);
MATCH (m:Municipality {id: 'izh'}) CREATE (:District {id: 'd1', name: 'Ленинский'})-[:IN_MUNICIPALITY]->(m);
UNWIND [['o1', 'МБОУ «СОШ №1»', 'SCHOOL'], ['o2', 'МБОУ «СОШ №2»', 'SCHOOL'], ['o3', 'МБДОУ «Детский сад №3»', 'PRESCHOOL']] AS o
MATCH (d:District {id: 'd1'}) CREATE (:Organization {id: o[0], name: o[1], kind: o[2], flags: []})-[:IN_DISTRICT]->(d);
CREATE (:Competency {code: 'mentoring', name: 'Наставничество'});
CREATE (:Competency {code: 'parents', name: 'Работа с родителями'});
// id, fullName, teachingSince, main organization (since = teachingSince)
UNWIND [
	['M1', 'Андреева Анна', '2000-09-01', 'o1'], ['M2', 'Борисова Белла', '2005-09-01', 'o1'],
	['M3', 'Васильева Вера', '2001-09-01', 'o2'], ['M4', 'Григорьева Галина', '2003-09-01', 'o2'],
	['S1', 'Дмитриева Дарья', '2010-09-01', 'o3'],
	['Y1', 'Молодая Я1', '2025-09-01', 'o1'], ['Y2', 'Молодая Я2', '2024-09-01', 'o1'],
	['Y3', 'Молодая Я3', '2023-09-01', 'o1'], ['Y7', 'Молодая Я7', '2025-03-01', 'o1'],
	['Y4', 'Молодая Я4', '2025-06-01', 'o2'], ['Y5', 'Молодая Я5', '2024-02-01', 'o2'],
	['Y6', 'Молодая Я6', '2025-08-01', 'o3']] AS t
MATCH (o:Organization {id: t[3]})
CREATE (:Teacher {id: t[0], fullName: t[1], position: 'учитель', teachingSince: date(t[2]), category: 'FIRST', weeklyHours: 20.0, birthYear: 1985})
	-[:WORKS_AT {since: date(t[2]), main: true}]->(o);
// M1 trained by the mentoring strength; M3 by «Школа наставников», a course that ended;
// M2 an honorary mentor; M4 coordinates g2 (o2's curator), untrained.
MATCH (t:Teacher {id: 'M1'}), (c:Competency {code: 'mentoring'}) CREATE (t)-[:HAS_STRENGTH {level: 'HIGH', assessedOn: date('2024-05-01')}]->(c);
MATCH (t:Teacher {id: 'M2'}) CREATE (t)-[:RECEIVED {year: 2020}]->(:Award {title: 'Почетный наставник', kind: 'HONORARY_MENTOR'});
CREATE (:Group:Network {id: 'g1', name: 'Школа наставников', kind: 'PROGRAM', startedOn: date('2023-01-01')});
CREATE (:Group:Network {id: 'g2', name: 'Методическое объединение', kind: 'METHOD_ASSOCIATION', startedOn: date('2020-01-01')});
MATCH (t:Teacher {id: 'M3'}), (g:Group {id: 'g1'}) CREATE (t)-[:MEMBER_OF {role: 'MEMBER', since: date('2023-01-01'), until: date('2023-06-30')}]->(g);
MATCH (t:Teacher {id: 'M4'}), (g:Group {id: 'g2'}) CREATE (t)-[:MEMBER_OF {role: 'COORDINATOR', since: date('2024-09-01')}]->(g);
// pairs: id, mentor, mentee, startedOn, endedOn, form, satisfaction, endReason, plannedHours
UNWIND [
	['rp1', 'M1', 'Y1', '2025-09-10', null, 'педагог – педагог', null, null, 36.0],
	['rp2', 'M3', 'Y2', '2024-10-01', null, 'педагог – педагог', null, null, null],
	['rp3', 'M2', 'Y4', '2025-09-05', null, 'группа', null, null, null],
	['rp4', 'M4', 'Y7', '2025-03-10', '2025-09-30', 'педагог – педагог', 3, 'NOT_A_GOOD_FIT', null],
	['rp5', 'M1', 'Y3', '2024-09-01', '2025-05-31', 'педагог – педагог', 9, 'COMPLETED', null]] AS p
MATCH (mentor:Teacher {id: p[1]}), (mentee:Teacher {id: p[2]})
CREATE (mentor)-[:MENTOR_IN]->(:MentoringPair {id: p[0], startedOn: date(p[3]),
	endedOn: CASE WHEN p[4] IS NULL THEN null ELSE date(p[4]) END, form: p[5], satisfaction: p[6], endReason: p[7],
	plannedHours: p[8]})<-[:MENTEE_IN]-(mentee);
MATCH (p:MentoringPair {id: 'rp1'}), (c:Competency {code: 'parents'}) CREATE (p)-[:FOCUSES_ON]->(c);
// reviews: id, pair, date, mentee, mentor
UNWIND [['rv1', 'rp2', '2024-12-01', 8, 9], ['rv2', 'rp2', '2025-10-01', 4, 6], ['rv3', 'rp3', '2025-09-20', 7, null]] AS r
MATCH (p:MentoringPair {id: r[1]})
CREATE (:MentoringReview {id: r[0], date: date(r[2]), menteeSatisfaction: r[3], mentorSatisfaction: r[4]})-[:OF_PAIR]->(p);
