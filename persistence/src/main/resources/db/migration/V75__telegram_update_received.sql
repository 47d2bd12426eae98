-- The updates Telegram posted to the webhook, by update id: Telegram may post one update again (after a time-out),
-- and behind a load balancer the second post can reach another server instance. The first insert wins; an update
-- already here is not handled again. Rows older than two days are removed (Telegram gives up on an update within
-- a day).
CREATE TABLE telegram_update_received (
    update_id    BIGINT        NOT NULL,
    received_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (update_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_telegram_update_received_at ON telegram_update_received (received_at);
