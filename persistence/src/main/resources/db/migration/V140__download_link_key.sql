-- The secret that signs short-lived download links (a report draft or a chart for a messenger that takes files
-- by URL only). One row, made by the first server that needs it; every instance sharing the database signs and
-- checks with the same secret.
CREATE TABLE download_link_key (
    id          TINYINT       NOT NULL,
    secret      VARBINARY(64) NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_download_link_key_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
