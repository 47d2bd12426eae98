-- The alert outbox: one row per message to one person, written once by its unique key however often and on
-- however many servers the day is planned; the dispatcher claims rows with SELECT ... FOR UPDATE SKIP LOCKED.
-- A claimed row carries a lease in next_attempt_at: when the claiming server dies, the row is due again.
CREATE TABLE alert_outbox (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    alert_key            VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(24)   NOT NULL,
    subject              VARCHAR(24)   NOT NULL,
    recipient_id         BIGINT        NOT NULL,
    plan_day             DATE          NOT NULL,
    not_before           TIMESTAMP(6)  NOT NULL,
    subject_line         VARCHAR(255)  NOT NULL,
    plain_text           MEDIUMTEXT    NOT NULL,
    telegram_html        MEDIUMTEXT    NOT NULL,
    status               VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    attempts             INT           NOT NULL DEFAULT 0,
    next_attempt_at      TIMESTAMP(6)  NOT NULL,
    last_error           VARCHAR(1000) NULL,
    claimed_by           VARCHAR(64)   NULL,
    claimed_at           TIMESTAMP(6)  NULL,
    sent_at              TIMESTAMP(6)  NULL,
    channel_used         VARCHAR(16)   NULL,
    provider_message_id  VARCHAR(128)  NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_alert_outbox_key UNIQUE (alert_key),
    CONSTRAINT ck_alert_outbox_status CHECK (status IN ('PENDING', 'CLAIMED', 'SENT', 'DEAD', 'DROPPED')),
    CONSTRAINT ck_alert_outbox_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_alert_outbox_due ON alert_outbox (status, next_attempt_at);
CREATE INDEX ix_alert_outbox_day ON alert_outbox (plan_day, id);
CREATE INDEX ix_alert_outbox_recipient ON alert_outbox (recipient_id, plan_day);

-- The occurrences a message covers: a message whose occurrences were all finished since planning is dropped.
CREATE TABLE alert_outbox_occurrence (
    alert_key      VARCHAR(64)  NOT NULL,
    occurrence_id  BIGINT       NOT NULL,
    PRIMARY KEY (alert_key, occurrence_id),
    CONSTRAINT fk_alert_outbox_occurrence_alert FOREIGN KEY (alert_key) REFERENCES alert_outbox (alert_key)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The recipient's channels at planning time, in the order to try them.
CREATE TABLE alert_outbox_channel (
    alert_key  VARCHAR(64)   NOT NULL,
    position   INT           NOT NULL,
    channel    VARCHAR(16)   NOT NULL,
    address    VARCHAR(255)  NOT NULL,
    PRIMARY KEY (alert_key, position),
    CONSTRAINT fk_alert_outbox_channel_alert FOREIGN KEY (alert_key) REFERENCES alert_outbox (alert_key)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's address on a channel that refused permanently (chat not found, bot blocked, mailbox unknown):
-- skipped for every later message until the address changes or the mark is removed.
CREATE TABLE recipient_channel_state (
    recipient_id  BIGINT        NOT NULL,
    channel       VARCHAR(16)   NOT NULL,
    address       VARCHAR(255)  NOT NULL,
    broken_at     TIMESTAMP(6)  NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (recipient_id, channel, address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
