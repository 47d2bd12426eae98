-- Each official's own order of the channels alerts try (e.g. 'ZALO,TELEGRAM,EMAIL'); without a row the default
-- order applies. The in-app feed is always tried last and is not part of the list.
CREATE TABLE official_alert_channels (
    official_id  BIGINT        NOT NULL,
    channels     VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT pk_official_alert_channels PRIMARY KEY (official_id),
    CONSTRAINT fk_official_alert_channels_official FOREIGN KEY (official_id) REFERENCES official (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
