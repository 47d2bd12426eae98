-- Sign-in throttling counts each attempt before its password is checked, per (account, client address) and per
-- client address, with a growing delay instead of a lock; earlier counts of the old rule are dropped.
DELETE FROM login_throttle;
ALTER TABLE login_throttle
    CHANGE COLUMN failures attempts INT NOT NULL,
    CHANGE COLUMN window_start last_attempt_at TIMESTAMP(6) NOT NULL,
    CHANGE COLUMN locked_until blocked_until TIMESTAMP(6) NULL;
