-- An editor claims a draft while reviewing it, so that two editors do not review the same one.
ALTER TABLE answer ADD COLUMN claimed_by text, ADD COLUMN claimed_at timestamptz;
