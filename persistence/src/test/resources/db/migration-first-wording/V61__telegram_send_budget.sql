-- The bot's overall Telegram sending rate, shared by the dispatchers of every server instance: one row per
-- limit holding the moment its next send is due (the generic cell rate algorithm). A dispatcher books each send
-- by moving that moment forward under the row's lock.
CREATE TABLE telegram_send_budget (
    name      VARCHAR(32)   NOT NULL,
    next_due  TIMESTAMP(6)  NULL,
    CONSTRAINT pk_telegram_send_budget PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO telegram_send_budget (name, next_due) VALUES ('overall', NULL);
