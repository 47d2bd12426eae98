-- The delivery log: every try of an alert on a channel, in order, with what came of it (DELIVERED, UNAVAILABLE
-- when the channel could not deliver and the next was tried, REFUSED when the address refused, TRANSIENT when the
-- alert was put back to try again later on the same channel, SKIPPED when the channel was off or the address
-- marked broken) and why.
CREATE TABLE alert_delivery_attempt (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    alert_id      BIGINT         NOT NULL,
    channel       VARCHAR(16)    NOT NULL,
    outcome       VARCHAR(16)    NOT NULL,
    reason        VARCHAR(1000)  NOT NULL,
    worker        VARCHAR(64)    NOT NULL,
    attempted_at  TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_alert_delivery_attempt_alert FOREIGN KEY (alert_id) REFERENCES alert_outbox (id)
        ON DELETE CASCADE,
    INDEX ix_alert_delivery_attempt_alert (alert_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
