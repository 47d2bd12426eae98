-- One row per messenger channel (telegram, zalo): the moment the administrators were last told in their in-app
-- feed that the channel had been down for more than an hour. An instance tells them only when this moment lies
-- before the start of the outage it sees, under the row's lock, so one outage gives one feed item, whichever
-- instances see it.
CREATE TABLE channel_outage_notice (
    channel     VARCHAR(32)   NOT NULL,
    noticed_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
