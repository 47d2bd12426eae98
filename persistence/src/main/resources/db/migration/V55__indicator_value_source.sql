-- Where a yearly actual value of an indicator comes from (the report or survey that states it), next to the
-- note; and when a PAR INDEX result was last changed, for the results' history.
ALTER TABLE indicator_value ADD COLUMN source VARCHAR(500) NULL AFTER actual_value;

ALTER TABLE par_index_result
    ADD COLUMN updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
