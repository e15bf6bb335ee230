-- What kind of reviewed answer a reader was served: the draft as approved by editors, or a text editors wrote or
-- edited. Kept on the served copy, since the reviewed answer it came from may be decided again later.
ALTER TABLE answer ADD COLUMN reviewed_kind text CHECK (reviewed_kind IN ('approved', 'edited'));
UPDATE answer c SET reviewed_kind = CASE WHEN s.review_state = 'corrected' THEN 'edited' ELSE 'approved' END
FROM answer s WHERE c.served_from = s.id;
