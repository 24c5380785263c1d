-- job-admin: jobs, their runs, the executors that run them, and how admins share the scheduling.
-- Times are DATETIME(3) in UTC; "now" for leases and liveness is always the database's NOW(3), so
-- admins whose clocks disagree still agree on who owns what.

-- An executor app (XXL-Job's "executor group"): instances register under its name with its token,
-- which comes from configuration (webook.job.apps.<name>.token), never from this table.
CREATE TABLE job_app (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    title      VARCHAR(128) NOT NULL,
    created_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One registered instance of an app. It is live while renewed_at is within the dead timeout (90 s);
-- an operator can take it out of rotation (enabled = 0) without it noticing.
CREATE TABLE job_executor (
    app_name      VARCHAR(64)  NOT NULL,
    address       VARCHAR(255) NOT NULL,
    registered_at DATETIME(3)  NOT NULL,
    renewed_at    DATETIME(3)  NOT NULL,
    enabled       TINYINT(1)   NOT NULL DEFAULT 1,
    PRIMARY KEY (app_name, address),
    KEY idx_executor_renewed (renewed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A job: what to run (a bean handler of an app; there are no script jobs), when, and how.
-- partition_no spreads jobs over the admins' partition leases; next_fire_at is advanced in the same
-- transaction that inserts the run it fires, so a scheduled time fires once however many admins run.
CREATE TABLE job (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    app_name         VARCHAR(64)   NOT NULL,
    name             VARCHAR(128)  NOT NULL,
    description      VARCHAR(512)  NOT NULL DEFAULT '',
    schedule_type    VARCHAR(16)   NOT NULL,
    schedule         VARCHAR(128)  NOT NULL DEFAULT '',
    handler          VARCHAR(128)  NOT NULL,
    param            VARCHAR(2048) NOT NULL DEFAULT '',
    routing          VARCHAR(32)   NOT NULL,
    block_strategy   VARCHAR(32)   NOT NULL,
    misfire          VARCHAR(16)   NOT NULL,
    timeout_seconds  INT           NOT NULL DEFAULT 0,
    max_retries      INT           NOT NULL DEFAULT 0,
    retry_backoff_ms INT           NOT NULL DEFAULT 1000,
    exclusive_run    TINYINT(1)    NOT NULL DEFAULT 0,
    children         VARCHAR(512)  NOT NULL DEFAULT '',
    status           VARCHAR(16)   NOT NULL,
    partition_no     SMALLINT      NOT NULL,
    next_fire_at     DATETIME(3)   NULL,
    -- the run holding the job while it is exclusive and running (set and cleared by compare-and-set)
    running_run_id   BIGINT        NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE KEY uk_job_name (app_name, name),
    KEY idx_job_due (partition_no, status, next_fire_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One firing of a job. fire_key makes it once: "S<epoch ms>" for a scheduled time, "R<n>:<run>" for
-- the n-th retry of a run, "C:<run>" for a child of a run, "M:<uuid>" for a trigger by hand.
-- state: SCHEDULED (not sent; any owner of its partition may send it) -> SENDING (claimed by one admin)
-- -> RUNNING (an executor accepted it) -> SUCCEEDED | FAILED | TIMED_OUT | KILLED | LOST | SKIPPED.
CREATE TABLE job_run (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id         BIGINT        NOT NULL,
    app_name       VARCHAR(64)   NOT NULL,
    partition_no   SMALLINT      NOT NULL,
    fire_key       VARCHAR(64)   NOT NULL,
    trigger_type   VARCHAR(16)   NOT NULL,
    scheduled_at   DATETIME(3)   NOT NULL,
    attempt        INT           NOT NULL DEFAULT 0,
    param          VARCHAR(2048) NOT NULL DEFAULT '',
    parent_run_id  BIGINT        NULL,
    state          VARCHAR(16)   NOT NULL,
    admin_node     VARCHAR(64)   NULL,
    executor       VARCHAR(255)  NULL,
    sent_at        DATETIME(3)   NULL,
    finished_at    DATETIME(3)   NULL,
    result_code    INT           NULL,
    result_msg     VARCHAR(2048) NULL,
    created_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    UNIQUE KEY uk_run_fire (job_id, fire_key),
    KEY idx_run_due (partition_no, state, scheduled_at),
    KEY idx_run_job (job_id, id),
    KEY idx_run_state (state, sent_at),
    KEY idx_run_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Scheduling is shared by partition leases: an admin owns a partition while lease_until is ahead of the
-- database's clock; it claims or renews one by compare-and-set, and epoch counts the changes of owner.
CREATE TABLE job_partition (
    partition_no SMALLINT    NOT NULL PRIMARY KEY,
    owner        VARCHAR(64) NULL,
    lease_until  DATETIME(3) NOT NULL DEFAULT '1970-01-01 00:00:01',
    epoch        BIGINT      NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The admins alive now (heartbeat within the lease time): each takes its fair share of partitions.
CREATE TABLE job_admin_node (
    node_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
    address      VARCHAR(255) NOT NULL,
    started_at   DATETIME(3)  NOT NULL,
    heartbeat_at DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Console users: bcrypt hashes; an ADMIN does everything, an OPERATOR only the apps listed.
CREATE TABLE job_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    apps          VARCHAR(1024) NOT NULL DEFAULT '',
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every change an operator makes: who, what, to which job or executor, and the details.
CREATE TABLE job_audit (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    username VARCHAR(64)   NOT NULL,
    action   VARCHAR(32)   NOT NULL,
    target   VARCHAR(255)  NOT NULL,
    detail   VARCHAR(2048) NOT NULL DEFAULT '',
    KEY idx_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
