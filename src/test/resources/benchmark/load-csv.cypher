// Neo4j's own LOAD CSV building the same graph as Horizon's importer from the files of
// import-format.md (comma-delimited, ISO dates, as `demo-data` writes them), for the
// side-by-side import figure of the benchmark. Run it against a database whose import
// directory (server.directories.import) holds the files, after the constraints of
// cypher/migrations/. Each block starts with `// file: NAME.csv` and is skipped when that
// file is absent; blocks run in order, one auto-commit statement each, committing every
// 10,000 rows. An empty cell is read as no value, as the importer does.

// file: regions.csv
LOAD CSV WITH HEADERS FROM 'file:///regions.csv' AS row
CALL (row) {
  MERGE (n:Region {id: row.id})
  SET n.name = row.name
} IN TRANSACTIONS OF 10000 ROWS;

// file: municipalities.csv
LOAD CSV WITH HEADERS FROM 'file:///municipalities.csv' AS row
CALL (row) {
  MERGE (n:Municipality {id: row.id})
  SET n.name = row.name
  WITH n, row WHERE coalesce(row.region_id, '') <> ''
  MATCH (r:Region {id: row.region_id})
  MERGE (n)-[:IN_REGION]->(r)
} IN TRANSACTIONS OF 10000 ROWS;

// file: districts.csv
LOAD CSV WITH HEADERS FROM 'file:///districts.csv' AS row
CALL (row) {
  MERGE (n:District {id: row.id})
  SET n.name = row.name
  WITH n, row WHERE coalesce(row.municipality_id, '') <> ''
  MATCH (m:Municipality {id: row.municipality_id})
  MERGE (n)-[:IN_MUNICIPALITY]->(m)
} IN TRANSACTIONS OF 10000 ROWS;

// file: organizations.csv
LOAD CSV WITH HEADERS FROM 'file:///organizations.csv' AS row
CALL (row) {
  MERGE (o:Organization {id: row.id})
  SET o.name = row.name, o.kind = row.kind,
    o.subtype = CASE WHEN coalesce(row.subtype, '') = '' THEN null ELSE row.subtype END,
    o.flags = CASE WHEN coalesce(row.flags, '') = '' THEN null ELSE split(row.flags, '|') END
  WITH o, row
  CALL (o, row) {
    WITH * WHERE coalesce(row.district_id, '') <> ''
    MATCH (d:District {id: row.district_id})
    MERGE (o)-[:IN_DISTRICT]->(d)
  }
  CALL (o, row) {
    WITH * WHERE coalesce(row.district_id, '') = '' AND coalesce(row.municipality_id, '') <> ''
    MATCH (m:Municipality {id: row.municipality_id})
    MERGE (o)-[:IN_MUNICIPALITY]->(m)
  }
} IN TRANSACTIONS OF 10000 ROWS;

// file: subjects.csv
LOAD CSV WITH HEADERS FROM 'file:///subjects.csv' AS row
CALL (row) {
  MERGE (n:Subject {code: row.code})
  SET n.name = row.name
} IN TRANSACTIONS OF 10000 ROWS;

// file: competencies.csv
LOAD CSV WITH HEADERS FROM 'file:///competencies.csv' AS row
CALL (row) {
  MERGE (n:Competency {code: row.code})
  SET n.name = row.name, n.area = CASE WHEN coalesce(row.area, '') = '' THEN null ELSE row.area END
} IN TRANSACTIONS OF 10000 ROWS;

// file: teachers.csv
LOAD CSV WITH HEADERS FROM 'file:///teachers.csv' AS row
CALL (row) {
  MERGE (t:Teacher {id: row.id})
  SET t.fullName = row.full_name,
    t.position = CASE WHEN coalesce(row.position, '') = '' THEN null ELSE row.position END,
    t.teachingSince = date(row.teaching_since),
    t.category = CASE WHEN coalesce(row.category, '') = '' THEN null ELSE row.category END,
    t.weeklyHours = CASE WHEN coalesce(row.weekly_hours, '') = '' THEN null ELSE toFloat(replace(row.weekly_hours, ',', '.')) END,
    t.birthYear = CASE WHEN coalesce(row.birth_year, '') = '' THEN null ELSE toInteger(row.birth_year) END
  WITH t, row
  UNWIND CASE WHEN coalesce(row.subjects, '') = '' THEN [] ELSE split(row.subjects, '|') END AS code
  MERGE (s:Subject {code: code}) ON CREATE SET s.name = code
  MERGE (t)-[:TEACHES]->(s)
} IN TRANSACTIONS OF 10000 ROWS;

// file: employments.csv
LOAD CSV WITH HEADERS FROM 'file:///employments.csv' AS row
CALL (row) {
  MATCH (t:Teacher {id: row.teacher_id})
  MATCH (o:Organization {id: row.organization_id})
  CREATE (t)-[:WORKS_AT {since: date(row.since),
    until: CASE WHEN coalesce(row.until, '') = '' THEN null ELSE date(row.until) END,
    main: coalesce(toLower(row.main), '') <> 'false'}]->(o)
} IN TRANSACTIONS OF 10000 ROWS;

// file: teachers.csv
// Without rows in employments.csv a teacher works at organization_id from teaching_since until left_on.
LOAD CSV WITH HEADERS FROM 'file:///teachers.csv' AS row
CALL (row) {
  MATCH (t:Teacher {id: row.id})
  WHERE NOT EXISTS { (t)-[:WORKS_AT]->() }
  MATCH (o:Organization {id: row.organization_id})
  CREATE (t)-[:WORKS_AT {since: date(row.teaching_since),
    until: CASE WHEN coalesce(row.left_on, '') = '' THEN null ELSE date(row.left_on) END, main: true}]->(o)
} IN TRANSACTIONS OF 10000 ROWS;

// file: mentoring_pairs.csv
LOAD CSV WITH HEADERS FROM 'file:///mentoring_pairs.csv' AS row
CALL (row) {
  MERGE (p:MentoringPair {id: row.id})
  SET p.startedOn = date(row.started_on),
    p.endedOn = CASE WHEN coalesce(row.ended_on, '') = '' THEN null ELSE date(row.ended_on) END,
    p.form = CASE WHEN coalesce(row.form, '') = '' THEN null ELSE row.form END,
    p.plannedHours = CASE WHEN coalesce(row.planned_hours, '') = '' THEN null ELSE toFloat(replace(row.planned_hours, ',', '.')) END,
    p.satisfaction = CASE WHEN coalesce(row.satisfaction, '') = '' THEN null ELSE toInteger(row.satisfaction) END
  WITH p, row
  MATCH (mentor:Teacher {id: row.mentor_id})
  MATCH (mentee:Teacher {id: row.mentee_id})
  MERGE (mentor)-[:MENTOR_IN]->(p)
  MERGE (mentee)-[:MENTEE_IN]->(p)
  WITH p, row
  UNWIND CASE WHEN coalesce(row.focus, '') = '' THEN [] ELSE split(row.focus, '|') END AS code
  MERGE (c:Competency {code: code}) ON CREATE SET c.name = code
  MERGE (p)-[:FOCUSES_ON]->(c)
} IN TRANSACTIONS OF 10000 ROWS;

// file: groups.csv
LOAD CSV WITH HEADERS FROM 'file:///groups.csv' AS row
CALL (row) {
  MERGE (g:Group {id: row.id})
  SET g.name = row.name, g.kind = row.kind,
    g.direction = CASE WHEN coalesce(row.direction, '') = '' THEN null ELSE row.direction END,
    g.startedOn = CASE WHEN coalesce(row.started_on, '') = '' THEN null ELSE date(row.started_on) END,
    g.endedOn = CASE WHEN coalesce(row.ended_on, '') = '' THEN null ELSE date(row.ended_on) END
  WITH g, row
  CALL (g, row) { WITH * WHERE row.kind = 'INNOVATION_COMPLEX' SET g:InnovationComplex }
  CALL (g, row) { WITH * WHERE row.kind <> 'INNOVATION_COMPLEX' SET g:Network }
  CALL (g, row) {
    WITH * WHERE coalesce(row.coordinator_org_id, '') <> ''
    MATCH (o:Organization {id: row.coordinator_org_id})
    MERGE (g)-[:COORDINATED_BY]->(o)
  }
} IN TRANSACTIONS OF 10000 ROWS;

// file: memberships.csv
LOAD CSV WITH HEADERS FROM 'file:///memberships.csv' AS row
CALL (row) {
  MATCH (g:Group {id: row.group_id})
  CALL (row) {
    MATCH (m:Teacher {id: row.member_id}) WHERE coalesce(row.member_type, '') IN ['', 'TEACHER']
    RETURN m
    UNION
    MATCH (m:Organization {id: row.member_id}) WHERE row.member_type = 'ORGANIZATION'
    RETURN m
  }
  MERGE (m)-[r:MEMBER_OF]->(g)
  SET r.role = CASE WHEN coalesce(row.role, '') = '' THEN 'MEMBER' ELSE row.role END,
    r.since = CASE WHEN coalesce(row.since, '') = '' THEN null ELSE date(row.since) END,
    r.until = CASE WHEN coalesce(row.until, '') = '' THEN null ELSE date(row.until) END
} IN TRANSACTIONS OF 10000 ROWS;

// file: events.csv
LOAD CSV WITH HEADERS FROM 'file:///events.csv' AS row
CALL (row) {
  MERGE (e:Event {id: row.id})
  SET e.title = row.title, e.format = row.format, e.date = date(row.date),
    e.level = CASE WHEN coalesce(row.level, '') = '' THEN null ELSE row.level END
  WITH e, row
  CALL (e, row) {
    WITH * WHERE coalesce(row.host_org_id, '') <> ''
    MATCH (o:Organization {id: row.host_org_id})
    MERGE (e)-[:HOSTED_BY]->(o)
  }
  CALL (e, row) {
    WITH * WHERE coalesce(row.group_id, '') <> ''
    MATCH (g:Group {id: row.group_id})
    MERGE (e)-[:ORGANIZED_BY]->(g)
  }
  CALL (e, row) {
    UNWIND CASE WHEN coalesce(row.competencies, '') = '' THEN [] ELSE split(row.competencies, '|') END AS code
    MERGE (c:Competency {code: code}) ON CREATE SET c.name = code
    MERGE (e)-[:ADDRESSES]->(c)
  }
} IN TRANSACTIONS OF 10000 ROWS;

// file: participations.csv
LOAD CSV WITH HEADERS FROM 'file:///participations.csv' AS row
CALL (row) {
  MATCH (e:Event {id: row.event_id})
  MATCH (t:Teacher {id: row.teacher_id})
  MERGE (t)-[r:PARTICIPATED_IN]->(e)
  SET r.role = CASE WHEN coalesce(row.role, '') = '' THEN 'ATTENDEE' ELSE row.role END
} IN TRANSACTIONS OF 10000 ROWS;

// file: teacher_competencies.csv
LOAD CSV WITH HEADERS FROM 'file:///teacher_competencies.csv' AS row
CALL (row) {
  MATCH (t:Teacher {id: row.teacher_id})
  MATCH (c:Competency {code: row.competency_code})
  CALL (t, c, row) {
    WITH * WHERE row.kind = 'DEFICIT'
    MERGE (t)-[r:HAS_DEFICIT]->(c)
    SET r.level = CASE WHEN coalesce(row.level, '') = '' THEN 'MEDIUM' ELSE row.level END,
      r.assessedOn = CASE WHEN coalesce(row.assessed_on, '') = '' THEN null ELSE date(row.assessed_on) END,
      r.source = CASE WHEN coalesce(row.source, '') = '' THEN null ELSE row.source END
  }
  CALL (t, c, row) {
    WITH * WHERE row.kind = 'STRENGTH'
    MERGE (t)-[r:HAS_STRENGTH]->(c)
    SET r.level = CASE WHEN coalesce(row.level, '') = '' THEN 'MEDIUM' ELSE row.level END,
      r.assessedOn = CASE WHEN coalesce(row.assessed_on, '') = '' THEN null ELSE date(row.assessed_on) END,
      r.source = CASE WHEN coalesce(row.source, '') = '' THEN null ELSE row.source END
  }
} IN TRANSACTIONS OF 10000 ROWS;

// file: awards.csv
LOAD CSV WITH HEADERS FROM 'file:///awards.csv' AS row
CALL (row) {
  MATCH (t:Teacher {id: row.teacher_id})
  MERGE (a:Award {title: row.title})
  SET a.kind = row.kind
  MERGE (t)-[r:RECEIVED]->(a)
  SET r.year = CASE WHEN coalesce(row.year, '') = '' THEN null ELSE toInteger(row.year) END
} IN TRANSACTIONS OF 10000 ROWS;
