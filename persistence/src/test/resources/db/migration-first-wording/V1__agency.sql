-- Agencies: the provincial committee, departments, district and commune committees, other bodies.
-- Agencies are never deleted; an abolished or merged one gets valid_to and, where there is one, a successor.
CREATE TABLE agency (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    parent_id     BIGINT       NULL,
    valid_from    DATE         NULL,
    valid_to      DATE         NULL,
    successor_id  BIGINT       NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT uq_agency_code UNIQUE (code),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id),
    CONSTRAINT fk_agency_successor FOREIGN KEY (successor_id) REFERENCES agency (id),
    CONSTRAINT ck_agency_kind CHECK (kind IN ('PROVINCIAL_COMMITTEE', 'DEPARTMENT', 'DISTRICT_COMMITTEE',
                                              'COMMUNE_COMMITTEE', 'OTHER')),
    CONSTRAINT ck_agency_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agency_kind ON agency (kind, name);
