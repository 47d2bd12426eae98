-- The events a messenger delivered that the bot has taken on, so that an event delivered again (Zalo's
-- getUpdates and webhook carry no update id or offset) is handled once: the messenger's name and the event's key
-- (for Zalo, event_name and message_id).
CREATE TABLE handled_messenger_event (
    messenger   VARCHAR(16)   NOT NULL,
    event_key   VARCHAR(191)  NOT NULL,
    handled_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_handled_messenger_event PRIMARY KEY (messenger, event_key),
    INDEX ix_handled_messenger_event_at (handled_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
