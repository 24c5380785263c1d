-- Messages no vendor could take when they were sent, kept for the asynchronous workers.
-- status: waiting (due at next_attempt_at), sending (leased to a worker until next_attempt_at),
-- success, failed (given up after retry_max attempts). A worker claims due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED and leases them; a lapsed lease makes the row claimable again.
-- args and numbers are JSON arrays of strings. Times are epoch milliseconds (UTC).
CREATE TABLE async_sms (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    message_id      VARCHAR(64)   NOT NULL,
    template        VARCHAR(64)   NOT NULL,
    args            TEXT          NOT NULL,
    numbers         TEXT          NOT NULL,
    status          VARCHAR(16)   NOT NULL DEFAULT 'waiting',
    retry_cnt       INT           NOT NULL DEFAULT 0 COMMENT 'attempts made (counted when claimed)',
    retry_max       INT           NOT NULL DEFAULT 3,
    next_attempt_at BIGINT        NOT NULL COMMENT 'due time while waiting, lease end while sending',
    last_error      VARCHAR(512)  NULL,
    utime           BIGINT        NOT NULL,
    ctime           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_async_sms_message_id (message_id),
    KEY idx_async_sms_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
