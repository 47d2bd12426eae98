-- The in-app feed: what an official sees in the mobile app. Rows are only added and marked read.
CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    official_id    BIGINT        NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    title          VARCHAR(255)  NOT NULL,
    body           TEXT          NOT NULL,
    occurrence_id  BIGINT        NULL,
    read_at        TIMESTAMP(6)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_official FOREIGN KEY (official_id) REFERENCES official (id),
    CONSTRAINT fk_notification_occurrence FOREIGN KEY (occurrence_id) REFERENCES occurrence (id)
        ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_official ON notification (official_id, id);
