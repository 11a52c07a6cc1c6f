// The graph on day d: moves, overlapping main jobs, a teacher who starts later, one who
// leaves, a pair and a group that end, events at the edges of a look-back window.
// The answers are worked out by hand in DefinitionsTests and DayGraphQlTests.
CREATE (m:Municipality {id: 'm1', name: 'Город'})
CREATE (d:District {id: 'd1', name: 'Район'})-[:IN_MUNICIPALITY]->(m)
CREATE (o1:Organization {id: 'o1', name: 'Школа 1', kind: 'SCHOOL'})-[:IN_DISTRICT]->(d)
CREATE (o2:Organization {id: 'o2', name: 'Школа 2', kind: 'SCHOOL'})-[:IN_DISTRICT]->(d)
CREATE (o3:Organization {id: 'o3', name: 'Детский сад 3', kind: 'PRESCHOOL'})-[:IN_DISTRICT]->(d)

// mover: at o1 until 2025-12-31, at o2 from 2026-01-01 (today's organization is o2)
CREATE (mover:Teacher {id: 'mover', fullName: 'Петрова Анна', teachingSince: date('2023-09-01'), category: 'NONE'})
CREATE (mover)-[:WORKS_AT {since: date('2023-09-01'), until: date('2025-12-31'), main: true}]->(o1)
CREATE (mover)-[:WORKS_AT {since: date('2026-01-01'), main: true}]->(o2)
// a second, not main, job never decides anything
CREATE (mover)-[:WORKS_AT {since: date('2024-01-01'), main: false}]->(o3)

// overlap: a transfer whose new main job (o2, from 2025-10-01) starts before the old one
// (o1) ends on 2025-10-15
CREATE (overlap:Teacher {id: 'overlap', fullName: 'Сидорова Вера', teachingSince: date('2025-09-01'), category: 'NONE'})
CREATE (overlap)-[:WORKS_AT {since: date('2025-09-01'), until: date('2025-10-15'), main: true}]->(o1)
CREATE (overlap)-[:WORKS_AT {since: date('2025-10-01'), main: true}]->(o2)

// future: starts teaching and working on 2026-02-01
CREATE (future:Teacher {id: 'future', fullName: 'Новикова Юлия', teachingSince: date('2026-02-01'), category: 'NONE'})
CREATE (future)-[:WORKS_AT {since: date('2026-02-01'), main: true}]->(o1)

// leaver: works at o1 until 2025-06-30 (the last day worked)
CREATE (leaver:Teacher {id: 'leaver', fullName: 'Орлова Дарья', teachingSince: date('2024-09-01'), category: 'NONE'})
CREATE (leaver)-[:WORKS_AT {since: date('2024-09-01'), until: date('2025-06-30'), main: true}]->(o1)

// two experienced teachers
CREATE (mentor1:Teacher {id: 'mentor1', fullName: 'Иванова Мария', teachingSince: date('2010-09-01'), category: 'HIGHEST'})
CREATE (mentor1)-[:WORKS_AT {since: date('2010-09-01'), main: true}]->(o1)
CREATE (mentor2:Teacher {id: 'mentor2', fullName: 'Кузнецова Ольга', teachingSince: date('2005-09-01'), category: 'FIRST'})
CREATE (mentor2)-[:WORKS_AT {since: date('2005-09-01'), main: true}]->(o2)

// p1: mentor1 -> mover, 2025-01-10 .. 2025-06-30 (internal: both at o1 on the start)
CREATE (mentor1)-[:MENTOR_IN]->(:MentoringPair {id: 'p1', startedOn: date('2025-01-10'), endedOn: date('2025-06-30'), form: 'педагог – педагог'})<-[:MENTEE_IN]-(mover)
// p2: mentor2 -> overlap from 2025-09-20 (external: overlap is at o1 that day, mentor2 at o2)
CREATE (mentor2)-[:MENTOR_IN]->(:MentoringPair {id: 'p2', startedOn: date('2025-09-20'), form: 'педагог – педагог'})<-[:MENTEE_IN]-(overlap)

// g1 ends on 2025-05-31; mover's membership has no end of its own
CREATE (g1:Group:Network {id: 'g1', name: 'ГМО учителей', kind: 'METHOD_ASSOCIATION', startedOn: date('2024-01-01'), endedOn: date('2025-05-31')})
CREATE (mover)-[:MEMBER_OF {role: 'MEMBER', since: date('2024-01-01')}]->(g1)

// events at the edges of the 12-month look-back of 2025-06-01, i.e. [2024-06-02, 2025-06-01]
CREATE (e0:Event {id: 'e0', title: 'Семинар до окна', format: 'SEMINAR', date: date('2024-06-01')})
CREATE (e1:Event {id: 'e1', title: 'Мастер-класс в окне', format: 'MASTER_CLASS', date: date('2024-06-02')})
CREATE (e2:Event {id: 'e2', title: 'Семинар в последний день', format: 'SEMINAR', date: date('2025-06-01')})
CREATE (leaver)-[:PARTICIPATED_IN {role: 'ATTENDEE'}]->(e0)
CREATE (mentor2)-[:PARTICIPATED_IN {role: 'SPEAKER'}]->(e1)
CREATE (leaver)-[:PARTICIPATED_IN {role: 'ATTENDEE'}]->(e1)
CREATE (mentor1)-[:PARTICIPATED_IN {role: 'SPEAKER'}]->(e2)
CREATE (mover)-[:PARTICIPATED_IN {role: 'ATTENDEE'}]->(e2);
