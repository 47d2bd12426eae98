-- Zalo as a second messenger. An official may link a Zalo account beside a Telegram chat (official.zalo_user_id,
-- Zalo's user id, a string). Each Zalo user who writes to the bot gets a number of its own (zalo_chat.id), from
-- which the bot derives the chat key its dialogs and rate limits use, as Telegram's chat ids are used; the keys
-- of Zalo chats lie far below any Telegram chat id. A link code remembers which messenger spent it.
ALTER TABLE official ADD COLUMN zalo_user_id VARCHAR(64) NULL;
CREATE UNIQUE INDEX uq_official_zalo_user ON official (zalo_user_id);

CREATE TABLE zalo_chat (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    zalo_user_id   VARCHAR(64)   NOT NULL,
    first_seen_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_zalo_chat_user UNIQUE (zalo_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE telegram_link_code ADD COLUMN used_by_messenger VARCHAR(16) NULL;

-- A photo held while the chat chooses its occurrence is named by its URL on Zalo, longer than a Telegram file id.
ALTER TABLE telegram_dialog MODIFY COLUMN file_id VARCHAR(2048) NULL;
