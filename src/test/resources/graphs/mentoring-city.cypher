// A small city for the mentoring tests, with answers worked out by hand (see the tests).
// Municipality izh: districts d1 (o1, o2 schools) and d2 (o3 preschool, o4 school).
// Municipality sar: district d3 (o5). Municipality vot: o6 directly, no district.
CREATE (:Region {id: 'r1', name: 'Удмуртская Республика'});
UNWIND [['izh', 'Ижевск'], ['sar', 'Сарапул'], ['vot', 'Воткинск']] AS m
MATCH (r:Region {id: 'r1'}) CREATE (:Municipality {id: m[0], name: m[1]})-[:IN_REGION]->(r);
UNWIND [['d1', 'Ленинский', 'izh'], ['d2', 'Октябрьский', 'izh'], ['d3', 'Сарапульский', 'sar']] AS d
MATCH (m:Municipality {id: d[2]}) CREATE (:District {id: d[0], name: d[1]})-[:IN_MUNICIPALITY]->(m);
UNWIND [['o1', 'МБОУ «СОШ №1»', 'SCHOOL', 'd1'], ['o2', 'МБОУ «СОШ №2»', 'SCHOOL', 'd1'],
	['o3', 'МБДОУ «Детский сад №3»', 'PRESCHOOL', 'd2'], ['o4', 'МБОУ «Лицей №4»', 'SCHOOL', 'd2'],
	['o5', 'МБОУ «СОШ №5» Сарапул', 'SCHOOL', 'd3']] AS o
MATCH (d:District {id: o[3]}) CREATE (:Organization {id: o[0], name: o[1], kind: o[2], flags: []})-[:IN_DISTRICT]->(d);
MATCH (m:Municipality {id: 'vot'}) CREATE (:Organization {id: 'o6', name: 'МБОУ «СОШ №6» Воткинск', kind: 'SCHOOL', flags: []})-[:IN_MUNICIPALITY]->(m);
UNWIND [['math', 'Математика'], ['russian', 'Русский язык'], ['primary', 'Начальные классы']] AS s
CREATE (:Subject {code: s[0], name: s[1]});
UNWIND [['inclusion', 'Инклюзия, ОВЗ'], ['parents', 'Работа с родителями'], ['digital', 'Цифровые инструменты'], ['mentoring', 'Наставничество']] AS c
CREATE (:Competency {code: c[0], name: c[1]});
// id, teachingSince, category, weeklyHours, subject
UNWIND [
	['m1', '2005-09-01', 'HIGHEST', 24.0, 'math'], ['m2', '2010-09-01', 'FIRST', 38.0, 'russian'],
	['m3', '2000-09-01', 'HIGHEST', 30.0, 'primary'], ['m6', '2001-09-01', 'HIGHEST', null, 'math'],
	['m7', '2008-09-01', 'SZD', null, 'primary'], ['m8', '2015-09-01', 'NONE', 20.0, 'russian'],
	['m9', '2020-10-02', 'NONE', null, null], ['m10', '2015-09-01', 'NONE', 20.0, 'russian'],
	['mx', '2000-09-01', 'HIGHEST', 30.0, 'math'],
	['y1', '2025-04-02', 'NONE', null, null], ['y2', '2025-04-01', 'NONE', 18.0, 'math'],
	['y3', '2022-10-02', 'NONE', null, 'russian'], ['y4', '2022-10-01', 'NONE', null, null],
	['y5', '2024-09-01', 'NONE', null, null], ['y6', '2025-11-01', 'NONE', null, null],
	['y7', '2025-09-01', 'NONE', null, null], ['y8', '2024-01-15', 'NONE', null, null],
	['y9', '2023-09-01', 'NONE', null, null], ['y10', '2024-09-01', 'NONE', null, null],
	['y11', '2024-09-01', 'NONE', null, 'math'], ['y12', '2023-09-01', 'NONE', null, 'russian'],
	['y13', '2024-09-01', 'NONE', null, null], ['y14', '2024-09-01', 'NONE', null, null],
	['y15', '2025-08-01', 'NONE', null, null]] AS t
CREATE (teacher:Teacher {id: t[0], fullName: 'Педагог ' + t[0], position: 'учитель', teachingSince: date(t[1]), category: t[2], weeklyHours: t[3], birthYear: 1980})
WITH teacher, t WHERE t[4] IS NOT NULL
MATCH (s:Subject {code: t[4]}) CREATE (teacher)-[:TEACHES]->(s);
// main employments: teacher, organization, since, until
UNWIND [
	['m1', 'o1', '2005-09-01', null], ['m2', 'o1', '2010-09-01', '2024-06-30'], ['m2', 'o2', '2024-07-01', null],
	['m3', 'o3', '2000-09-01', null], ['m6', 'o4', '2001-09-01', '2025-06-30'], ['m7', 'o4', '2008-09-01', null],
	['m8', 'o3', '2015-09-01', null], ['m9', 'o4', '2020-10-02', null], ['m10', 'o3', '2015-09-01', null],
	['mx', 'o5', '2000-09-01', null],
	['y1', 'o1', '2025-04-02', null], ['y2', 'o1', '2025-04-01', null], ['y3', 'o1', '2022-10-02', null],
	['y4', 'o1', '2022-10-01', null], ['y5', 'o1', '2024-09-01', '2025-06-30'], ['y6', 'o1', '2025-11-01', null],
	['y7', 'o2', '2025-09-01', null], ['y8', 'o2', '2024-01-15', null], ['y9', 'o3', '2023-09-01', null],
	['y10', 'o3', '2024-09-01', null], ['y11', 'o5', '2024-09-01', null], ['y12', 'o5', '2023-09-01', null],
	['y13', 'o5', '2024-09-01', null], ['y14', 'o5', '2024-09-01', null], ['y15', 'o6', '2025-08-01', null]] AS w
MATCH (t:Teacher {id: w[0]}), (o:Organization {id: w[1]})
CREATE (t)-[:WORKS_AT {since: date(w[2]), until: CASE WHEN w[3] IS NULL THEN null ELSE date(w[3]) END, main: true}]->(o);
// competencies: teacher, code, kind, level, assessedOn
UNWIND [
	['m1', 'inclusion', 'HAS_STRENGTH', 'HIGH'], ['m1', 'parents', 'HAS_STRENGTH', 'MEDIUM'],
	['m2', 'digital', 'HAS_STRENGTH', 'HIGH'], ['m2', 'mentoring', 'HAS_STRENGTH', 'MEDIUM'],
	['y2', 'inclusion', 'HAS_DEFICIT', 'HIGH'], ['y2', 'parents', 'HAS_DEFICIT', 'LOW'],
	['y2', 'digital', 'HAS_DEFICIT', 'MEDIUM']] AS c
MATCH (t:Teacher {id: c[0]}), (k:Competency {code: c[1]})
CALL (t, k, c) {
	WITH t, k, c WHERE c[2] = 'HAS_STRENGTH'
	CREATE (t)-[:HAS_STRENGTH {level: c[3], assessedOn: date('2024-05-01')}]->(k)
	UNION
	WITH t, k, c WHERE c[2] = 'HAS_DEFICIT'
	CREATE (t)-[:HAS_DEFICIT {level: c[3], assessedOn: date('2025-09-01')}]->(k)
};
MATCH (t:Teacher {id: 'm1'}) CREATE (t)-[:RECEIVED {year: 2024}]->(:Award {title: 'Почетный наставник в сфере образования УР', kind: 'HONORARY_MENTOR'});
// groups
MATCH (o:Organization {id: 'o2'}) CREATE (:Group:Network {id: 'g1', name: 'ГМО учителей математики', kind: 'METHOD_ASSOCIATION', startedOn: date('2020-01-01')})-[:COORDINATED_BY]->(o);
MATCH (o:Organization {id: 'o3'}) CREATE (:Group:Network {id: 'g2', name: 'Школа наставников', kind: 'PROGRAM', startedOn: date('2024-01-01')})-[:COORDINATED_BY]->(o);
MATCH (o:Organization {id: 'o3'}) CREATE (:Group:Network {id: 'g3', name: 'Сообщество педагогов ДО', kind: 'PROFESSIONAL_COMMUNITY', startedOn: date('2020-01-01')})-[:COORDINATED_BY]->(o);
UNWIND [['y2', 'g1', '2025-09-01', null], ['m7', 'g1', '2025-01-01', null], ['m7', 'g2', '2024-01-01', '2024-06-01'],
	['m8', 'g3', '2025-01-01', null], ['m10', 'g3', '2025-01-01', null]] AS r
MATCH (t:Teacher {id: r[0]}), (g:Group {id: r[1]})
CREATE (t)-[:MEMBER_OF {role: 'MEMBER', since: date(r[2]), until: CASE WHEN r[3] IS NULL THEN null ELSE date(r[3]) END}]->(g);
// events: ev1 seminar at o3 (m8, m10 speak, y3 attends); ev2 master class at o4 (y3 speaks, y2 attends)
MATCH (o:Organization {id: 'o3'}) CREATE (:Event {id: 'ev1', title: 'Семинар', format: 'SEMINAR', date: date('2025-05-20'), level: 'MUNICIPAL'})-[:HOSTED_BY]->(o);
MATCH (o:Organization {id: 'o4'}) CREATE (:Event {id: 'ev2', title: 'Мастер-класс', format: 'MASTER_CLASS', date: date('2025-06-10'), level: 'MUNICIPAL'})-[:HOSTED_BY]->(o);
UNWIND [['m8', 'ev1', 'SPEAKER'], ['m10', 'ev1', 'SPEAKER'], ['y3', 'ev1', 'ATTENDEE'], ['y3', 'ev2', 'SPEAKER'], ['y2', 'ev2', 'ATTENDEE']] AS p
MATCH (t:Teacher {id: p[0]}), (e:Event {id: p[1]}) CREATE (t)-[:PARTICIPATED_IN {role: p[2]}]->(e);
// pairs: id, mentor, mentee, startedOn, endedOn, satisfaction
UNWIND [
	['p0', 'm1', 'y3', '2022-10-15', '2025-09-30', 8], ['p1', 'm1', 'y1', '2025-04-15', null, null],
	['p2', 'm3', 'y7', '2025-09-01', null, null], ['p3', 'm2', 'y8', '2024-02-01', null, null],
	['p4', 'm3', 'y9', '2025-09-01', null, null], ['p5', 'm3', 'y10', '2024-10-01', null, null],
	['p6', 'mx', 'y13', '2025-01-10', null, null], ['p7', 'mx', 'y14', '2025-01-10', null, null]] AS p
MATCH (mentor:Teacher {id: p[1]}), (mentee:Teacher {id: p[2]})
CREATE (mentor)-[:MENTOR_IN]->(:MentoringPair {id: p[0], startedOn: date(p[3]), endedOn: CASE WHEN p[4] IS NULL THEN null ELSE date(p[4]) END, satisfaction: p[5]})<-[:MENTEE_IN]-(mentee);
