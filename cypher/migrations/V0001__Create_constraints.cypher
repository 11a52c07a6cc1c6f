// Uniqueness of every key of model.md: imports upsert by these, and every lookup starts here.
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT municipality_id IF NOT EXISTS FOR (n:Municipality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT teacher_id IF NOT EXISTS FOR (n:Teacher) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT subject_code IF NOT EXISTS FOR (n:Subject) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT competency_code IF NOT EXISTS FOR (n:Competency) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT mentoring_pair_id IF NOT EXISTS FOR (n:MentoringPair) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_title IF NOT EXISTS FOR (n:Award) REQUIRE n.title IS UNIQUE;
