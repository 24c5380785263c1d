-- The governance console: its users, the Sentinel apps that report to it, the history of every rule
-- change with its author, an audit log, rules that expire by themselves, and the last hours of metrics.
-- The rules themselves live in etcd (/<namespace>/config/sentinel/<app>/<type>); this is their memory.
-- Times are DATETIME(3) in UTC.

CREATE TABLE gov_user (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A Sentinel-enabled instance, as its heartbeats tell (the stock protocol: app, ip, port, ...). It is
-- live while its last heartbeat is recent; kept after that so it shows as gone, then forgotten.
CREATE TABLE gov_machine (
    app            VARCHAR(128) NOT NULL,
    ip             VARCHAR(64)  NOT NULL,
    port           INT          NOT NULL,
    hostname       VARCHAR(255) NOT NULL DEFAULT '',
    sentinel_version VARCHAR(32) NOT NULL DEFAULT '',
    first_seen_at  DATETIME(3)  NOT NULL,
    last_seen_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (app, ip, port),
    KEY idx_machine_seen (last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Rule ids: one sequence for every app and type, never reused, so a new rule never takes an old one's id.
-- Ids below 1000 belong to the default rules shipped in registry-config/sentinel-rules/.
CREATE TABLE gov_rule_id (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY
) ENGINE = InnoDB AUTO_INCREMENT = 1000;

-- Every state one app's rules of one type were put in through the console (or found changed in etcd),
-- whole, so any of them can be looked at, compared with the one before and restored.
CREATE TABLE gov_rule_version (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    app        VARCHAR(128) NOT NULL,
    rule_type  VARCHAR(16)  NOT NULL,
    rules_json MEDIUMTEXT   NOT NULL,
    author     VARCHAR(64)  NOT NULL,
    action     VARCHAR(255) NOT NULL,
    created_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    KEY idx_version_rules (app, rule_type, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Who did what, when: rule changes, rollbacks, expiries, re-syncs, logins refused are not here (see logs).
CREATE TABLE gov_audit (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor      VARCHAR(64)   NOT NULL,
    action     VARCHAR(32)   NOT NULL,
    app        VARCHAR(128)  NOT NULL DEFAULT '',
    detail     VARCHAR(2000) NOT NULL,
    KEY idx_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Rules that remove themselves (an incident limit for 30 minutes).
CREATE TABLE gov_rule_expiry (
    rule_id    BIGINT       NOT NULL PRIMARY KEY,
    app        VARCHAR(128) NOT NULL,
    rule_type  VARCHAR(16)  NOT NULL,
    expires_at DATETIME(3)  NOT NULL,
    author     VARCHAR(64)  NOT NULL,
    KEY idx_expiry_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Per app, resource and second: the sums over the app's instances, as read from their command API.
-- Resource names run long (Dubbo methods with their parameter types): the key holds their MD5.
CREATE TABLE gov_metric (
    app        VARCHAR(128) NOT NULL,
    resource   VARCHAR(512) NOT NULL,
    resource_hash BINARY(16) NOT NULL,
    ts         BIGINT       NOT NULL,
    pass_qps   BIGINT       NOT NULL,
    block_qps  BIGINT       NOT NULL,
    success_qps BIGINT      NOT NULL,
    exception_qps BIGINT    NOT NULL,
    rt_total   BIGINT       NOT NULL,
    PRIMARY KEY (app, resource_hash, ts),
    KEY idx_metric_ts (ts)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Up to which second each instance's metrics were read, so a restarted console reads on from there.
CREATE TABLE gov_metric_cursor (
    app     VARCHAR(128) NOT NULL,
    ip      VARCHAR(64)  NOT NULL,
    port    INT          NOT NULL,
    read_to BIGINT       NOT NULL,
    PRIMARY KEY (app, ip, port)
) ENGINE = InnoDB;
