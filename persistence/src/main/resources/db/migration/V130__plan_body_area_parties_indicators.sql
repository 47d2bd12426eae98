-- Obligations a plan's body states outside its appendix are tasks marked with the section that states them.
ALTER TABLE task ADD COLUMN body_section VARCHAR(16) NULL;

-- A task may contribute to several indicators of its plan.
CREATE TABLE task_indicator (
    task_id         BIGINT      NOT NULL,
    position        INT         NOT NULL,
    indicator_code  VARCHAR(32) NOT NULL,
    PRIMARY KEY (task_id, position),
    CONSTRAINT fk_task_indicator_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_task_indicator_code ON task_indicator (indicator_code);
INSERT INTO task_indicator (task_id, position, indicator_code)
    SELECT id, 0, indicator_code FROM task WHERE indicator_code IS NOT NULL;

-- The lead and coordinating agencies the plan's body names for a whole area ("1.2. Trách nhiệm thực hiện").
ALTER TABLE plan_area ADD COLUMN responsibility_section VARCHAR(16) NULL;
ALTER TABLE plan_area ADD COLUMN lead_text VARCHAR(1000) NULL;
ALTER TABLE plan_area ADD COLUMN coordinating_text VARCHAR(1000) NULL;

CREATE TABLE area_lead_party (
    area_id     BIGINT      NOT NULL,
    position    INT         NOT NULL,
    party_kind  VARCHAR(16) NOT NULL,
    party_code  VARCHAR(64) NOT NULL,
    PRIMARY KEY (area_id, position),
    CONSTRAINT fk_area_lead_party_area FOREIGN KEY (area_id) REFERENCES plan_area (id) ON DELETE CASCADE,
    CONSTRAINT ck_area_lead_party_kind CHECK (party_kind IN ('AGENCY', 'GROUP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE area_coordinating_party (
    area_id     BIGINT      NOT NULL,
    position    INT         NOT NULL,
    party_kind  VARCHAR(16) NOT NULL,
    party_code  VARCHAR(64) NOT NULL,
    PRIMARY KEY (area_id, position),
    CONSTRAINT fk_area_coordinating_party_area FOREIGN KEY (area_id) REFERENCES plan_area (id) ON DELETE CASCADE,
    CONSTRAINT ck_area_coordinating_party_kind CHECK (party_kind IN ('AGENCY', 'GROUP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Năm sau cao hơn năm trước": a target compared with the previous year's actual value.
ALTER TABLE indicator_target DROP CONSTRAINT ck_indicator_target_comparison;
ALTER TABLE indicator_target ADD CONSTRAINT ck_indicator_target_comparison
    CHECK (comparison IN ('MORE_THAN', 'AT_LEAST', 'ABOVE_LAST_YEAR'));
