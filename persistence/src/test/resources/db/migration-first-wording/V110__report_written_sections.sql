-- The parts of the periodic CCHC report an agency writes itself (difficulties, proposals, recipients, signer),
-- one row per plan and agency, or per plan for the whole province (agency_id NULL, written by the monitoring
-- agency). They are not tied to a period: every later draft starts from the text kept here.
CREATE TABLE report_written_section (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id       BIGINT       NOT NULL,
    agency_id     BIGINT       NULL,
    scope_key     BIGINT       AS (COALESCE(agency_id, 0)) PERSISTENT,
    difficulties  TEXT         NULL,
    proposals     TEXT         NULL,
    recipients    TEXT         NULL,
    signer_title  VARCHAR(255) NULL,
    signer_name   VARCHAR(255) NULL,
    updated_by    BIGINT       NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_report_written_section PRIMARY KEY (id),
    CONSTRAINT uq_report_written_section_scope UNIQUE (plan_id, scope_key),
    CONSTRAINT fk_report_written_section_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_report_written_section_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_report_written_section_official FOREIGN KEY (updated_by) REFERENCES official (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The occurrences of a task due in a date range (the periodic report reads a plan's tasks this way).
CREATE INDEX ix_occurrence_task_due ON occurrence (task_id, due_date, agency_id);
