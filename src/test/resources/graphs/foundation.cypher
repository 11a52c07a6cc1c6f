// Two organizations of one district; a veteran, a young teacher with a current and an
// ended mentor, and a teacher of the other organization.
CREATE (:Region {id: 'r1', name: 'Удмуртская Республика'});
CREATE (:Municipality {id: 'm1', name: 'Ижевск'});
MATCH (m:Municipality {id: 'm1'}), (r:Region {id: 'r1'}) CREATE (m)-[:IN_REGION]->(r);
CREATE (:District {id: 'd1', name: 'Ленинский'});
MATCH (d:District {id: 'd1'}), (m:Municipality {id: 'm1'}) CREATE (d)-[:IN_MUNICIPALITY]->(m);
CREATE (:Organization {id: 'o1', name: 'МБОУ «СОШ №1»', kind: 'SCHOOL', flags: []});
CREATE (:Organization {id: 'o2', name: 'МБДОУ «Детский сад №2»', kind: 'PRESCHOOL', flags: ['LOW_RESULTS']});
MATCH (o:Organization), (d:District {id: 'd1'}) CREATE (o)-[:IN_DISTRICT]->(d);
CREATE (:Subject {code: 'math', name: 'Математика'});
CREATE (:Subject {code: 'physics', name: 'Физика'});
CREATE (:Teacher {id: 't1', fullName: 'Иванова Мария Петровна', position: 'учитель математики', category: 'HIGHEST', teachingSince: date('2005-09-01'), weeklyHours: 24.0, birthYear: 1980});
CREATE (:Teacher {id: 't2', fullName: 'Петров Илья Сергеевич', position: 'учитель физики', category: 'NONE', teachingSince: date('2022-09-01'), weeklyHours: 18.0, birthYear: 2000});
CREATE (:Teacher {id: 't3', fullName: 'Смирнова Анна Олеговна', position: 'воспитатель', category: 'FIRST', teachingSince: date('2010-02-15')});
MATCH (t:Teacher {id: 't1'}), (o:Organization {id: 'o1'}) CREATE (t)-[:WORKS_AT {since: date('2005-09-01'), main: true}]->(o);
MATCH (t:Teacher {id: 't2'}), (o:Organization {id: 'o1'}) CREATE (t)-[:WORKS_AT {since: date('2022-09-01'), main: true}]->(o);
MATCH (t:Teacher {id: 't3'}), (o:Organization {id: 'o2'}) CREATE (t)-[:WORKS_AT {since: date('2010-02-15'), main: true}]->(o);
MATCH (t:Teacher {id: 't1'}), (s:Subject {code: 'math'}) CREATE (t)-[:TEACHES]->(s);
MATCH (t:Teacher {id: 't2'}), (s:Subject) CREATE (t)-[:TEACHES]->(s);
MATCH (m:Teacher {id: 't3'}), (e:Teacher {id: 't2'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'p1', startedOn: date('2022-09-15'), endedOn: date('2023-05-31')})<-[:MENTEE_IN]-(e);
MATCH (m:Teacher {id: 't1'}), (e:Teacher {id: 't2'})
CREATE (m)-[:MENTOR_IN]->(:MentoringPair {id: 'p2', startedOn: date('2023-09-01')})<-[:MENTEE_IN]-(e);
