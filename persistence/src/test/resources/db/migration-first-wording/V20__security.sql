-- Sign-in: rotating refresh tokens (only their SHA-256 is stored) and login throttling per account and per
-- client address, shared by every server instance.
CREATE TABLE refresh_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash   CHAR(64)     NOT NULL,
    family       CHAR(36)     NOT NULL,
    official_id  BIGINT       NOT NULL,
    issued_at    TIMESTAMP(6) NOT NULL,
    expires_at   TIMESTAMP(6) NOT NULL,
    used_at      TIMESTAMP(6) NULL,
    revoked_at   TIMESTAMP(6) NULL,
    CONSTRAINT pk_refresh_token PRIMARY KEY (id),
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_official FOREIGN KEY (official_id) REFERENCES official (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_refresh_token_family ON refresh_token (family);
CREATE INDEX ix_refresh_token_official ON refresh_token (official_id, revoked_at);

CREATE TABLE login_throttle (
    subject       VARCHAR(300) NOT NULL,
    failures      INT          NOT NULL,
    window_start  TIMESTAMP(6) NOT NULL,
    locked_until  TIMESTAMP(6) NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
