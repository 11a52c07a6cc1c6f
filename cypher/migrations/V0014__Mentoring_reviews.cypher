// The pair's life (issue 14): reviews of a pair during its course, looked up by id and
// listed by pair and date; pairs looked up by how they ended (re-pairing excludes
// mentors of pairs ended NOT_A_GOOD_FIT).
CREATE CONSTRAINT mentoring_review_id IF NOT EXISTS FOR (n:MentoringReview) REQUIRE n.id IS UNIQUE;
CREATE INDEX mentoring_review_date IF NOT EXISTS FOR (n:MentoringReview) ON (n.date);
CREATE INDEX mentoring_pair_end_reason IF NOT EXISTS FOR (n:MentoringPair) ON (n.endReason);
