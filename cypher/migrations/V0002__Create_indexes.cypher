// Range indexes behind the time-dependent questions (asOf, windows) and the scope filters.
CREATE INDEX teacher_teaching_since IF NOT EXISTS FOR (n:Teacher) ON (n.teachingSince);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX mentoring_pair_started_on IF NOT EXISTS FOR (n:MentoringPair) ON (n.startedOn);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX group_kind IF NOT EXISTS FOR (n:Group) ON (n.kind);
CREATE INDEX works_at_main IF NOT EXISTS FOR ()-[r:WORKS_AT]-() ON (r.main);
