-- The PAR INDEX as the ministry defines it, versioned: each version (QĐ 876/QĐ-BNV, later revisions) with its
-- scored components, side by side; and which tasks and indicators of a plan earn each component's points.
CREATE TABLE par_index_version (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    code         VARCHAR(64)   NOT NULL,
    name         VARCHAR(500)  NOT NULL,
    first_year   INT           NOT NULL,
    imported_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    imported_by  BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_par_index_version_code UNIQUE (code),
    CONSTRAINT ck_par_index_version_year CHECK (first_year BETWEEN 2012 AND 2200)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE par_index_component (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    version_id      BIGINT         NOT NULL,
    position        INT            NOT NULL,
    area_no         INT            NOT NULL,
    area_name       VARCHAR(500)   NOT NULL,
    criterion_code  VARCHAR(32)    NOT NULL,
    criterion_name  VARCHAR(1000)  NOT NULL,
    code            VARCHAR(32)    NOT NULL,
    name            VARCHAR(1000)  NOT NULL,
    max_points      DECIMAL(5, 2)  NOT NULL,
    scoring         VARCHAR(16)    NOT NULL,
    note            VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_par_index_component_code UNIQUE (version_id, code),
    CONSTRAINT fk_par_index_component_version FOREIGN KEY (version_id) REFERENCES par_index_version (id),
    CONSTRAINT ck_par_index_component_points CHECK (max_points > 0 AND max_points <= 100),
    CONSTRAINT ck_par_index_component_scoring CHECK (scoring IN ('EVIDENCE', 'SURVEY', 'STATISTIC'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Many to many: a task may earn several components' points, a component be earned by several tasks.
CREATE TABLE par_index_task_component (
    component_id  BIGINT NOT NULL,
    task_id       BIGINT NOT NULL,
    PRIMARY KEY (component_id, task_id),
    CONSTRAINT fk_par_index_task_component_component FOREIGN KEY (component_id) REFERENCES par_index_component (id),
    CONSTRAINT fk_par_index_task_component_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_par_index_task_component_task ON par_index_task_component (task_id);

CREATE TABLE par_index_indicator_component (
    component_id  BIGINT NOT NULL,
    indicator_id  BIGINT NOT NULL,
    PRIMARY KEY (component_id, indicator_id),
    CONSTRAINT fk_par_index_indicator_component_component FOREIGN KEY (component_id)
        REFERENCES par_index_component (id),
    CONSTRAINT fk_par_index_indicator_component_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_par_index_indicator_component_indicator ON par_index_indicator_component (indicator_id);
