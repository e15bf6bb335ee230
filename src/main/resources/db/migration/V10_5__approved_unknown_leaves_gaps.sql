-- An "I don't know" that editors approved is the newsroom's answer: its question leaves the content gaps.
CREATE INDEX answer_approved_unknown ON answer (normalized_question) WHERE review_state = 'approved' AND status = 'unknown';
