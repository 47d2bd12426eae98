-- Plan import drafts: an uploaded appendix as read by the importer, kept for review until an administrator
-- accepts it (the plan is created and the draft deleted in one transaction) or rejects it (the draft is
-- deleted). Rows keep the cells as written; agencies and deadline rules are resolved again when read, so a
-- corrected cell is checked like an imported one.

CREATE TABLE import_draft (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    file_name    VARCHAR(255)  NOT NULL,
    file_format  VARCHAR(8)    NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_draft_area (
    draft_id     BIGINT        NOT NULL,
    position     INT           NOT NULL,
    source_row   INT           NOT NULL,
    numeral      VARCHAR(16)   NOT NULL,
    name         TEXT          NOT NULL,
    PRIMARY KEY (draft_id, position),
    CONSTRAINT fk_import_draft_area_draft FOREIGN KEY (draft_id) REFERENCES import_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_draft_warning (
    draft_id     BIGINT        NOT NULL,
    position     INT           NOT NULL,
    source_row   INT           NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    message_vi   TEXT          NOT NULL,
    message_en   TEXT          NOT NULL,
    PRIMARY KEY (draft_id, position),
    CONSTRAINT fk_import_draft_warning_draft FOREIGN KEY (draft_id) REFERENCES import_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_draft_row (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    draft_id           BIGINT        NOT NULL,
    position           INT           NOT NULL,
    row_numbers        VARCHAR(255)  NOT NULL,
    area_numeral       VARCHAR(16)   NOT NULL,
    code               VARCHAR(64)   NOT NULL,
    heading            TEXT          NULL,
    task_text          TEXT          NOT NULL,
    lead_text          TEXT          NOT NULL,
    coordinating_text  TEXT          NOT NULL,
    deadline_phrase    TEXT          NOT NULL,
    manual_date        DATE          NULL,
    manual_reason      VARCHAR(500)  NULL,
    manual_every_year  BOOLEAN       NOT NULL DEFAULT FALSE,
    evidence           TEXT          NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_import_draft_row_position UNIQUE (draft_id, position),
    CONSTRAINT fk_import_draft_row_draft FOREIGN KEY (draft_id) REFERENCES import_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_draft_row_warning (
    row_id       BIGINT        NOT NULL,
    position     INT           NOT NULL,
    source_row   INT           NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    message_vi   TEXT          NOT NULL,
    message_en   TEXT          NOT NULL,
    PRIMARY KEY (row_id, position),
    CONSTRAINT fk_import_draft_row_warning_row FOREIGN KEY (row_id) REFERENCES import_draft_row (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
