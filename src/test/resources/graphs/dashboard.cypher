// The dashboard's city: five organizations in two districts, six experienced teachers who
// can mentor, seven young teachers (two of them new), two pairs, three events and two
// groups. Dates are relative to today, so the screens show the same picture whenever the
// tests run.
//
// At today: young y1..y7 (7), mentored y3 (internal pair) and y5 (external pair): 2/7.
// New (under 6 months): y1 (o1) and y6 (o5), neither mentored: 0/2.
// Isolated (no mentor, no group, no event in 12 months): y1, y6. At risk: y2 (no mentor,
// only an internal tie), y3 (mentored, but every tie inside o2), y4 (no mentor, in a
// group), y7 (no mentor, a cross-organization tie). y5 is neither: an external mentor.
// o5 has no cross-organization tie: outside horizontal learning.
CREATE (:Region {id: 'r1', name: 'Удмуртская Республика'});
CREATE (:Municipality {id: 'm1', name: 'Ижевск'});
MATCH (m:Municipality {id: 'm1'}), (r:Region {id: 'r1'}) CREATE (m)-[:IN_REGION]->(r);
CREATE (:District {id: 'd1', name: 'Ленинский'});
CREATE (:District {id: 'd2', name: 'Октябрьский'});
MATCH (d:District), (m:Municipality {id: 'm1'}) CREATE (d)-[:IN_MUNICIPALITY]->(m);
CREATE (:Organization {id: 'o1', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o2', name: 'МАОУ «Гимназия №56»', kind: 'SCHOOL', flags: ['RESOURCE_CENTER']});
CREATE (:Organization {id: 'o3', name: 'МБДОУ «Детский сад №12»', kind: 'PRESCHOOL', flags: []});
CREATE (:Organization {id: 'o4', name: 'МБОУ ДО «ДДЮТ»', kind: 'SUPPLEMENTARY', flags: ['INTERNSHIP_SITE']});
CREATE (:Organization {id: 'o5', name: 'МБОУ «СОШ №74»', kind: 'SCHOOL', flags: ['LOW_RESULTS']});
MATCH (o:Organization), (d:District {id: 'd1'}) WHERE o.id IN ['o1', 'o3'] CREATE (o)-[:IN_DISTRICT]->(d);
MATCH (o:Organization), (d:District {id: 'd2'}) WHERE o.id IN ['o2', 'o4', 'o5'] CREATE (o)-[:IN_DISTRICT]->(d);

CREATE (:Subject {code: 'math', name: 'Математика'});
CREATE (:Subject {code: 'russian', name: 'Русский язык'});
CREATE (:Subject {code: 'physics', name: 'Физика'});
CREATE (:Subject {code: 'preschool', name: 'Дошкольное образование'});
CREATE (:Competency {code: 'inclusion', name: 'Работа с детьми с ОВЗ', area: 'inclusion'});
CREATE (:Competency {code: 'digital', name: 'Цифровые инструменты', area: 'digital'});
CREATE (:Competency {code: 'parents', name: 'Работа с родителями', area: 'parents'});
CREATE (:Competency {code: 'literacy', name: 'Функциональная грамотность', area: 'literacy'});
CREATE (:Competency {code: 'class_teaching', name: 'Классное руководство', area: 'class_teaching'});
CREATE (:Competency {code: 'mentoring', name: 'Наставничество', area: 'mentoring'});

// Experienced teachers
CREATE (:Teacher {id: 'm1', fullName: 'Иванова Мария Петровна', position: 'учитель математики', category: 'HIGHEST', teachingSince: date('2005-09-01'), weeklyHours: 24.0, birthYear: 1980});
CREATE (:Teacher {id: 'm2', fullName: 'Кузнецова Ольга Викторовна', position: 'учитель математики и физики', category: 'FIRST', teachingSince: date('2010-09-01'), weeklyHours: 30.0, birthYear: 1985});
CREATE (:Teacher {id: 'm3', fullName: 'Соколов Андрей Ильич', position: 'учитель русского языка', category: 'HIGHEST', teachingSince: date('2000-09-01'), weeklyHours: 27.0, birthYear: 1976});
CREATE (:Teacher {id: 'm4', fullName: 'Морозова Елена Сергеевна', position: 'воспитатель', category: 'FIRST', teachingSince: date('2008-09-01'), weeklyHours: 36.0, birthYear: 1984});
CREATE (:Teacher {id: 'm5', fullName: 'Волкова Наталья Юрьевна', position: 'методист', category: 'HIGHEST', teachingSince: date('2003-09-01'), weeklyHours: 20.0, birthYear: 1979});
CREATE (:Teacher {id: 'm6', fullName: 'Лебедев Павел Андреевич', position: 'учитель математики', category: 'SZD', teachingSince: date('2015-09-01'), weeklyHours: 38.0, birthYear: 1990});
// Young teachers
CREATE (:Teacher {id: 'y1', fullName: 'Петров Илья Сергеевич', position: 'учитель математики', category: 'NONE', teachingSince: date() - duration('P3M'), weeklyHours: 18.0, birthYear: 2002});
CREATE (:Teacher {id: 'y2', fullName: 'Смирнова Анна Олеговна', position: 'учитель русского языка', category: 'NONE', teachingSince: date() - duration('P14M'), weeklyHours: 20.0, birthYear: 2001});
CREATE (:Teacher {id: 'y3', fullName: 'Новикова Дарья Андреевна', position: 'учитель математики', category: 'NONE', teachingSince: date() - duration('P20M'), weeklyHours: 22.0, birthYear: 2000});
CREATE (:Teacher {id: 'y4', fullName: 'Федорова Ксения Игоревна', position: 'воспитатель', category: 'NONE', teachingSince: date() - duration('P8M'), weeklyHours: 36.0, birthYear: 2003});
CREATE (:Teacher {id: 'y5', fullName: 'Орлов Максим Дмитриевич', position: 'педагог дополнительного образования', category: 'SZD', teachingSince: date() - duration('P26M'), weeklyHours: 18.0, birthYear: 1999});
CREATE (:Teacher {id: 'y6', fullName: 'Зайцева Полина Романовна', position: 'учитель математики', category: 'NONE', teachingSince: date() - duration('P2M'), weeklyHours: 18.0, birthYear: 2003});
CREATE (:Teacher {id: 'y7', fullName: 'Алексеева Виктория Павловна', position: 'учитель физики', category: 'NONE', teachingSince: date() - duration('P30M'), weeklyHours: 24.0, birthYear: 2000});

UNWIND [['m1', 'o1'], ['m2', 'o2'], ['m3', 'o2'], ['m4', 'o3'], ['m5', 'o4'], ['m6', 'o5']] AS row
MATCH (t:Teacher {id: row[0]}), (o:Organization {id: row[1]})
CREATE (t)-[:WORKS_AT {since: t.teachingSince, main: true}]->(o);
UNWIND [['y1', 'o1'], ['y2', 'o1'], ['y3', 'o2'], ['y4', 'o3'], ['y5', 'o4'], ['y6', 'o5'], ['y7', 'o2']] AS row
MATCH (t:Teacher {id: row[0]}), (o:Organization {id: row[1]})
CREATE (t)-[:WORKS_AT {since: t.teachingSince, main: true}]->(o);

UNWIND [['m1', 'math'], ['m2', 'math'], ['m2', 'physics'], ['m3', 'russian'], ['m4', 'preschool'], ['m6', 'math'],
        ['y1', 'math'], ['y2', 'russian'], ['y3', 'math'], ['y4', 'preschool'], ['y6', 'math'], ['y7', 'physics']] AS row
MATCH (t:Teacher {id: row[0]}), (s:Subject {code: row[1]})
CREATE (t)-[:TEACHES]->(s);

UNWIND [['m1', 'digital', 'HIGH'], ['m1', 'literacy', 'HIGH'], ['m1', 'mentoring', 'HIGH'],
        ['m2', 'inclusion', 'HIGH'], ['m2', 'parents', 'MEDIUM'], ['m2', 'literacy', 'MEDIUM'],
        ['m3', 'class_teaching', 'HIGH'], ['m3', 'parents', 'HIGH'],
        ['m4', 'inclusion', 'HIGH'], ['m4', 'parents', 'MEDIUM'],
        ['m5', 'digital', 'HIGH'], ['m5', 'mentoring', 'MEDIUM'],
        ['m6', 'digital', 'MEDIUM']] AS row
MATCH (t:Teacher {id: row[0]}), (c:Competency {code: row[1]})
CREATE (t)-[:HAS_STRENGTH {level: row[2], assessedOn: date() - duration('P6M'), source: 'diagnostics'}]->(c);
UNWIND [['y1', 'digital', 'MEDIUM'], ['y1', 'literacy', 'HIGH'],
        ['y2', 'parents', 'HIGH'], ['y2', 'class_teaching', 'MEDIUM'],
        ['y4', 'inclusion', 'HIGH'], ['y4', 'parents', 'LOW'],
        ['y6', 'literacy', 'MEDIUM'], ['y6', 'inclusion', 'LOW'],
        ['y7', 'digital', 'HIGH']] AS row
MATCH (t:Teacher {id: row[0]}), (c:Competency {code: row[1]})
CREATE (t)-[:HAS_DEFICIT {level: row[2], assessedOn: date() - duration('P1M'), source: 'diagnostics'}]->(c);

CREATE (:Award {title: 'Почетный наставник в сфере образования Удмуртской Республики', kind: 'HONORARY_MENTOR'});
MATCH (t:Teacher {id: 'm1'}), (a:Award {kind: 'HONORARY_MENTOR'}) CREATE (t)-[:RECEIVED {year: 2023}]->(a);

// Pairs: y3 internally by m2, y5 externally by m3; an ended pair of m1 with good satisfaction.
MATCH (m:Teacher {id: 'm2'}), (e:Teacher {id: 'y3'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'p1', startedOn: date() - duration('P10M'), form: 'учитель – учитель', plannedHours: 36, satisfaction: 4})<-[:MENTEE_IN]-(e);
MATCH (m:Teacher {id: 'm3'}), (e:Teacher {id: 'y5'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'p2', startedOn: date() - duration('P12M'), form: 'учитель – учитель', plannedHours: 36})<-[:MENTEE_IN]-(e);
MATCH (m:Teacher {id: 'm1'}), (e:Teacher {id: 'm6'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'p0', startedOn: date('2015-09-15'), endedOn: date('2018-05-31'), satisfaction: 5})<-[:MENTEE_IN]-(e);

// Groups: the Academy of the young teacher (y4, m4) and the School of mentors (m5).
CREATE (:Group:Network {id: 'g1', name: 'Академия молодого педагога', kind: 'PROGRAM', startedOn: date() - duration('P24M')});
CREATE (:Group:Network {id: 'g2', name: 'Школа наставников', kind: 'PROGRAM', startedOn: date() - duration('P24M')});
MATCH (t:Teacher), (g:Group {id: 'g1'}) WHERE t.id IN ['y4', 'm4'] CREATE (t)-[:MEMBER_OF {role: 'member', since: date() - duration('P7M')}]->(g);
MATCH (t:Teacher {id: 'm5'}), (g:Group {id: 'g2'}) CREATE (t)-[:MEMBER_OF {role: 'member', since: date() - duration('P20M')}]->(g);

// Events: a master class inside o1, a seminar of o4 for o2 and o3, an open lesson of o2 for o1.
CREATE (:Event {id: 'e1', title: 'Мастер-класс «Функциональная грамотность на уроке математики»', format: 'MASTER_CLASS', date: date() - duration('P2M'), level: 'INSTITUTIONAL'});
CREATE (:Event {id: 'e2', title: 'Семинар «Цифровые инструменты педагога»', format: 'SEMINAR', date: date() - duration('P5M'), level: 'MUNICIPAL'});
CREATE (:Event {id: 'e3', title: 'Открытый урок русского языка', format: 'OPEN_LESSON', date: date() - duration('P6M'), level: 'MUNICIPAL'});
MATCH (e:Event {id: 'e1'}), (o:Organization {id: 'o1'}) CREATE (e)-[:HOSTED_BY]->(o);
MATCH (e:Event {id: 'e2'}), (o:Organization {id: 'o4'}) CREATE (e)-[:HOSTED_BY]->(o);
MATCH (e:Event {id: 'e3'}), (o:Organization {id: 'o2'}) CREATE (e)-[:HOSTED_BY]->(o);
UNWIND [['m1', 'e1', 'SPEAKER'], ['y2', 'e1', 'ATTENDEE'],
        ['m5', 'e2', 'SPEAKER'], ['y7', 'e2', 'ATTENDEE'], ['m2', 'e2', 'ATTENDEE'], ['m4', 'e2', 'ATTENDEE'],
        ['m3', 'e3', 'SPEAKER'], ['m1', 'e3', 'ATTENDEE'], ['y3', 'e3', 'ATTENDEE']] AS row
MATCH (t:Teacher {id: row[0]}), (e:Event {id: row[1]})
CREATE (t)-[:PARTICIPATED_IN {role: row[2]}]->(e);
