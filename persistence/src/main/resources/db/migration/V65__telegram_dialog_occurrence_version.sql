-- The version of the occurrence the chat saw when the bot started waiting for an answer (a progress note, an
-- extension's date and reason): the answer is applied only if the occurrence has not changed since.

ALTER TABLE telegram_dialog ADD COLUMN occurrence_version BIGINT NULL AFTER percent;
