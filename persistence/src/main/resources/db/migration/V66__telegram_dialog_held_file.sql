-- A file sent to the bot before the chat said which occurrence it is evidence for: Telegram's file id and the
-- file's name, kept while the bot waits for the choice, so that the file need not be sent again.

ALTER TABLE telegram_dialog
    ADD COLUMN file_id   VARCHAR(255) NULL AFTER occurrence_version,
    ADD COLUMN file_name VARCHAR(255) NULL AFTER file_id;
