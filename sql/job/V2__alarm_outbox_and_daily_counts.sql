-- Alarms leave through an outbox: the one transaction that ends a run (or sees a run sent late) queues its
-- alarm under a key of the event, so an event queues one alarm however many admins run, and an alarm
-- survives the death of the admin that queued it. Any admin sends queued alarms, claiming each first.
CREATE TABLE job_alarm (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key       VARCHAR(128)  NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    -- which of the configured webhooks (webook.job.alarms.webhooks[n]) it goes to
    webhook         INT           NOT NULL,
    app_name        VARCHAR(64)   NULL,
    job_id          BIGINT        NULL,
    run_id          BIGINT        NULL,
    text            VARCHAR(2048) NOT NULL,
    created_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    claimed_by      VARCHAR(64)   NULL,
    claimed_until   DATETIME(3)   NULL,
    sent_at         DATETIME(3)   NULL,
    last_error      VARCHAR(512)  NULL,
    UNIQUE KEY uk_alarm_event (event_key),
    KEY idx_alarm_due (sent_at, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Runs per app, day (UTC) and final state, kept after the runs themselves are deleted by retention.
CREATE TABLE job_run_daily (
    day       DATE        NOT NULL,
    app_name  VARCHAR(64) NOT NULL,
    state     VARCHAR(16) NOT NULL,
    runs      BIGINT      NOT NULL,
    PRIMARY KEY (day, app_name, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
