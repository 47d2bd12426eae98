-- Counts the changes to a version's mapping of tasks and indicators, so that an answer computed from the
-- version (the points at risk) can tell whether it still holds.
ALTER TABLE par_index_version ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
