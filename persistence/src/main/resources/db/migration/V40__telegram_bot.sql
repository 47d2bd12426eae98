-- Telegram bot: one-time link codes, dialog state per chat, alert preferences, group chats subscribed to an
-- agency's alerts. The chat linked to an official is official.telegram_chat_id (V2).

CREATE TABLE telegram_link_code (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    code_hash        CHAR(64)     NOT NULL,
    official_id      BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    expires_at       TIMESTAMP(6) NOT NULL,
    used_at          TIMESTAMP(6) NULL,
    used_by_chat_id  BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_telegram_link_code_hash UNIQUE (code_hash),
    CONSTRAINT fk_telegram_link_code_official FOREIGN KEY (official_id) REFERENCES official (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_telegram_link_code_official ON telegram_link_code (official_id, expires_at);

CREATE TABLE telegram_dialog (
    chat_id        BIGINT       NOT NULL,
    step           VARCHAR(32)  NOT NULL,
    occurrence_id  BIGINT       NULL,
    percent        INT          NULL,
    expires_at     TIMESTAMP(6) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (chat_id),
    CONSTRAINT fk_telegram_dialog_occurrence FOREIGN KEY (occurrence_id) REFERENCES occurrence (id) ON DELETE CASCADE,
    CONSTRAINT ck_telegram_dialog_percent CHECK (percent IS NULL OR percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE telegram_preference (
    official_id      BIGINT      NOT NULL,
    quiet_from       TIME        NULL,
    quiet_to         TIME        NULL,
    telegram_alerts  BOOLEAN     NOT NULL DEFAULT TRUE,
    email_alerts     BOOLEAN     NOT NULL DEFAULT TRUE,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (official_id),
    CONSTRAINT fk_telegram_preference_official FOREIGN KEY (official_id) REFERENCES official (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE telegram_muted_task (
    official_id  BIGINT NOT NULL,
    task_id      BIGINT NOT NULL,
    PRIMARY KEY (official_id, task_id),
    CONSTRAINT fk_telegram_muted_task_preference FOREIGN KEY (official_id)
        REFERENCES telegram_preference (official_id) ON DELETE CASCADE,
    CONSTRAINT fk_telegram_muted_task_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE telegram_group_subscription (
    chat_id        BIGINT       NOT NULL,
    agency_id      BIGINT       NOT NULL,
    subscribed_by  BIGINT       NOT NULL,
    subscribed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (chat_id),
    CONSTRAINT fk_telegram_group_subscription_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_telegram_group_subscription_official FOREIGN KEY (subscribed_by) REFERENCES official (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_telegram_group_subscription_agency ON telegram_group_subscription (agency_id);
