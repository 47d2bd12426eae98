-- The whole plan model: plans with their areas, tasks, indicators and PAR INDEX results; agency groups;
-- officials; occurrences with their progress reports, evidence, deadline extensions; the holiday calendar's
-- adjustments; and the audit trail. Text is utf8mb4 and stored NFC-normalised by the application.
-- updated_at is kept by the database on every row mobile apps synchronise.

ALTER TABLE agency
    ADD COLUMN updated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6);
CREATE INDEX ix_agency_updated ON agency (updated_at, id);

CREATE TABLE agency_group (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_agency_group PRIMARY KEY (id),
    CONSTRAINT uq_agency_group_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency_group_member_kind (
    group_id  BIGINT      NOT NULL,
    kind      VARCHAR(32) NOT NULL,
    CONSTRAINT pk_agency_group_member_kind PRIMARY KEY (group_id, kind),
    CONSTRAINT fk_agency_group_member_kind_group FOREIGN KEY (group_id) REFERENCES agency_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE official (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    username          VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(255) NOT NULL,
    agency_id         BIGINT       NOT NULL,
    password_hash     VARCHAR(512) NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    head_of_agency    BOOLEAN      NOT NULL DEFAULT FALSE,
    email             VARCHAR(255) NULL,
    telegram_chat_id  BIGINT       NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    updated_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_official PRIMARY KEY (id),
    CONSTRAINT uq_official_username UNIQUE (username),
    CONSTRAINT uq_official_telegram_chat UNIQUE (telegram_chat_id),
    CONSTRAINT fk_official_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_official_agency ON official (agency_id, active);
CREATE INDEX ix_official_updated ON official (updated_at, id);

CREATE TABLE official_role (
    official_id  BIGINT      NOT NULL,
    role         VARCHAR(16) NOT NULL,
    CONSTRAINT pk_official_role PRIMARY KEY (official_id, role),
    CONSTRAINT fk_official_role_official FOREIGN KEY (official_id) REFERENCES official (id) ON DELETE CASCADE,
    CONSTRAINT ck_official_role CHECK (role IN ('ADMIN', 'LEADER', 'OFFICIAL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    number      VARCHAR(64)   NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    issuer      VARCHAR(255)  NOT NULL,
    issued_on   DATE          NOT NULL,
    first_year  INT           NOT NULL,
    last_year   INT           NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_plan PRIMARY KEY (id),
    CONSTRAINT uq_plan_number UNIQUE (number),
    CONSTRAINT ck_plan_period CHECK (last_year >= first_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_area (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    numeral   VARCHAR(8)   NOT NULL,
    name      VARCHAR(500) NOT NULL,
    CONSTRAINT pk_plan_area PRIMARY KEY (id),
    CONSTRAINT uq_plan_area_numeral UNIQUE (plan_id, numeral),
    CONSTRAINT fk_plan_area_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id            BIGINT        NOT NULL,
    area_id            BIGINT        NOT NULL,
    position           INT           NOT NULL,
    code               VARCHAR(32)   NOT NULL,
    heading            VARCHAR(1000) NULL,
    full_text          TEXT          NOT NULL,
    lead_text          VARCHAR(1000) NOT NULL,
    coordinating_text  VARCHAR(1000) NOT NULL,
    deadline_phrase    VARCHAR(500)  NOT NULL,
    manual_due_date    DATE          NULL,
    manual_every_year  BOOLEAN       NULL,
    manual_reason      VARCHAR(1000) NULL,
    evidence_documents TEXT          NULL,
    indicator_code     VARCHAR(32)   NULL,
    search_text        TEXT          NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_task PRIMARY KEY (id),
    CONSTRAINT uq_task_plan_code UNIQUE (plan_id, code),
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_task_area FOREIGN KEY (area_id) REFERENCES plan_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_task_plan_position ON task (plan_id, position);
CREATE INDEX ix_task_area ON task (area_id, position);
CREATE INDEX ix_task_updated ON task (updated_at, id);

CREATE TABLE task_lead_party (
    task_id     BIGINT      NOT NULL,
    position    INT         NOT NULL,
    party_kind  VARCHAR(16) NOT NULL,
    party_code  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_task_lead_party PRIMARY KEY (task_id, position),
    CONSTRAINT fk_task_lead_party_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT ck_task_lead_party_kind CHECK (party_kind IN ('AGENCY', 'GROUP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_task_lead_party_code ON task_lead_party (party_kind, party_code);

CREATE TABLE task_coordinating_party (
    task_id     BIGINT      NOT NULL,
    position    INT         NOT NULL,
    party_kind  VARCHAR(16) NOT NULL,
    party_code  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_task_coordinating_party PRIMARY KEY (task_id, position),
    CONSTRAINT fk_task_coordinating_party_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT ck_task_coordinating_party_kind CHECK (party_kind IN ('AGENCY', 'GROUP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id       BIGINT        NOT NULL,
    position      INT           NOT NULL,
    code          VARCHAR(32)   NOT NULL,
    area_numeral  VARCHAR(8)    NULL,
    description   VARCHAR(2000) NOT NULL,
    unit          VARCHAR(16)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_indicator PRIMARY KEY (id),
    CONSTRAINT uq_indicator_plan_code UNIQUE (plan_id, code),
    CONSTRAINT fk_indicator_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_target (
    indicator_id  BIGINT       NOT NULL,
    position      INT          NOT NULL,
    target_year   INT          NULL,
    comparison    VARCHAR(16)  NOT NULL,
    target_value  DECIMAL(9,2) NOT NULL,
    CONSTRAINT pk_indicator_target PRIMARY KEY (indicator_id, position),
    CONSTRAINT fk_indicator_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT ck_indicator_target_comparison CHECK (comparison IN ('MORE_THAN', 'AT_LEAST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_value (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_id  BIGINT        NOT NULL,
    value_year    INT           NOT NULL,
    actual_value  DECIMAL(9,2)  NOT NULL,
    note          VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    updated_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_indicator_value PRIMARY KEY (id),
    CONSTRAINT uq_indicator_value_year UNIQUE (indicator_id, value_year),
    CONSTRAINT fk_indicator_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE par_index_result (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    province       VARCHAR(64)  NOT NULL,
    result_year    INT          NOT NULL,
    score          DECIMAL(5,2) NOT NULL,
    rank_position  INT          NOT NULL,
    ranked_out_of  INT          NOT NULL,
    source         VARCHAR(500) NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_par_index_result PRIMARY KEY (id),
    CONSTRAINT uk_par_index_result_province_year UNIQUE (province, result_year),
    CONSTRAINT ck_par_index_result_score CHECK (score BETWEEN 0 AND 100),
    CONSTRAINT ck_par_index_result_rank CHECK (rank_position BETWEEN 1 AND ranked_out_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One due instance of a task for one agency. The indexes serve the hot queries:
--   ix_occurrence_open_due     open occurrences due in a date range (finished_on IS NULL, due_date range)
--   ix_occurrence_agency_open  overdue occurrences of one agency
--   ix_occurrence_agency_year  occurrences of one agency for one year
--   ix_occurrence_task_year    counts by area/agency x status for a plan year (covering: no row reads)
--   ix_occurrence_updated      changed since a timestamp (delta synchronisation), keyset on (updated_at, id)
CREATE TABLE occurrence (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    task_id            BIGINT       NOT NULL,
    agency_id          BIGINT       NOT NULL,
    plan_year          INT          NOT NULL,
    period             VARCHAR(32)  NOT NULL,
    due_date           DATE         NOT NULL,
    evidence_required  BOOLEAN      NOT NULL,
    evidence_count     INT          NOT NULL DEFAULT 0,
    progress_percent   INT          NOT NULL DEFAULT 0,
    finished_on        DATE         NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_occurrence PRIMARY KEY (id),
    CONSTRAINT uk_occurrence_task_period_agency UNIQUE (task_id, period, agency_id),
    CONSTRAINT fk_occurrence_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_occurrence_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_occurrence_progress CHECK (progress_percent BETWEEN 0 AND 100),
    CONSTRAINT ck_occurrence_evidence CHECK (evidence_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_occurrence_open_due ON occurrence (finished_on, due_date);
CREATE INDEX ix_occurrence_agency_open ON occurrence (agency_id, finished_on, due_date);
CREATE INDEX ix_occurrence_agency_year ON occurrence (agency_id, plan_year);
CREATE INDEX ix_occurrence_task_year ON occurrence (task_id, plan_year, agency_id, finished_on, due_date);
CREATE INDEX ix_occurrence_updated ON occurrence (updated_at, id);

CREATE TABLE progress_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurrence_id  BIGINT        NOT NULL,
    percent        INT           NOT NULL,
    note           VARCHAR(2000) NULL,
    reported_by    BIGINT        NULL,
    channel        VARCHAR(8)    NOT NULL,
    reported_at    TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_progress_report PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_occurrence FOREIGN KEY (occurrence_id) REFERENCES occurrence (id),
    CONSTRAINT fk_progress_report_official FOREIGN KEY (reported_by) REFERENCES official (id),
    CONSTRAINT ck_progress_report_percent CHECK (percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_progress_report_occurrence ON progress_report (occurrence_id, reported_at);

CREATE TABLE evidence (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurrence_id  BIGINT        NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(127)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    storage_path   VARCHAR(1000) NOT NULL,
    uploaded_by    BIGINT        NULL,
    channel        VARCHAR(8)    NOT NULL,
    uploaded_at    TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_evidence PRIMARY KEY (id),
    CONSTRAINT fk_evidence_occurrence FOREIGN KEY (occurrence_id) REFERENCES occurrence (id),
    CONSTRAINT fk_evidence_official FOREIGN KEY (uploaded_by) REFERENCES official (id),
    CONSTRAINT ck_evidence_size CHECK (size_bytes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_evidence_occurrence ON evidence (occurrence_id, uploaded_at);

CREATE TABLE deadline_extension (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    occurrence_id       BIGINT        NOT NULL,
    old_due_date        DATE          NOT NULL,
    new_due_date        DATE          NOT NULL,
    reason              VARCHAR(2000) NOT NULL,
    requested_by        BIGINT        NULL,
    requested_at        TIMESTAMP(6)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    decided_by          BIGINT        NULL,
    decided_at          TIMESTAMP(6)  NULL,
    decision_reference  VARCHAR(255)  NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    updated_at          TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_deadline_extension PRIMARY KEY (id),
    CONSTRAINT fk_deadline_extension_occurrence FOREIGN KEY (occurrence_id) REFERENCES occurrence (id),
    CONSTRAINT fk_deadline_extension_requester FOREIGN KEY (requested_by) REFERENCES official (id),
    CONSTRAINT fk_deadline_extension_decider FOREIGN KEY (decided_by) REFERENCES official (id),
    CONSTRAINT ck_deadline_extension_dates CHECK (new_due_date > old_due_date),
    CONSTRAINT ck_deadline_extension_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_deadline_extension_occurrence ON deadline_extension (occurrence_id, requested_at);
CREATE INDEX ix_deadline_extension_status ON deadline_extension (status, requested_at);

CREATE TABLE calendar_adjustment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    day         DATE         NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_calendar_adjustment PRIMARY KEY (id),
    CONSTRAINT uq_calendar_adjustment_day UNIQUE (day),
    CONSTRAINT ck_calendar_adjustment_kind CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at        TIMESTAMP(6)  NOT NULL,
    actor_official_id  BIGINT        NULL,
    actor              VARCHAR(255)  NOT NULL,
    channel            VARCHAR(8)    NOT NULL,
    entity             VARCHAR(64)   NOT NULL,
    entity_id          BIGINT        NOT NULL,
    field              VARCHAR(64)   NOT NULL,
    old_value          VARCHAR(1000) NULL,
    new_value          VARCHAR(1000) NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT fk_audit_entry_official FOREIGN KEY (actor_official_id) REFERENCES official (id),
    CONSTRAINT ck_audit_entry_channel CHECK (channel IN ('API', 'BOT', 'IMPORT', 'SYSTEM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity, entity_id, occurred_at);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);

-- History is never overwritten.
CREATE TRIGGER audit_entry_is_append_only_on_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry rows are never changed';
CREATE TRIGGER audit_entry_is_append_only_on_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry rows are never deleted';
