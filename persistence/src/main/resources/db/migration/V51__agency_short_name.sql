-- Agencies administered through the API: a short name for narrow screens, and the name index the duplicate
-- check (same name, overlapping validity) reads.
ALTER TABLE agency ADD COLUMN short_name VARCHAR(64) NULL AFTER name;
CREATE INDEX ix_agency_name ON agency (name);
