-- Interactions with business objects (biz names the kind, e.g. 'article'; biz_id its id).
-- Times are epoch milliseconds (UTC), so no driver or server time zone can shift them.

-- The counts of one object. The key is (biz, biz_id) itself: the read consumer upserts this table
-- thousands of times a second, and a surrogate AUTO_INCREMENT id would burn a value on every upsert.
CREATE TABLE interactives (
    biz         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    biz_id      BIGINT      NOT NULL,
    read_cnt    BIGINT      NOT NULL DEFAULT 0,
    like_cnt    BIGINT      NOT NULL DEFAULT 0,
    collect_cnt BIGINT      NOT NULL DEFAULT 0,
    ctime       BIGINT      NOT NULL,
    utime       BIGINT      NOT NULL,
    PRIMARY KEY (biz, biz_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who liked what. status 1 liked, 0 taken back (the row stays: a soft delete).
CREATE TABLE user_like_bizs (
    biz    VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    biz_id BIGINT      NOT NULL,
    uid    BIGINT      NOT NULL,
    status TINYINT     NOT NULL,
    ctime  BIGINT      NOT NULL,
    utime  BIGINT      NOT NULL,
    PRIMARY KEY (biz, biz_id, uid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user's folders. Names compare exactly (utf8mb4_bin): unicode_ci would call every emoji equal
-- to every other and refuse "📚" once "🎵" exists.
CREATE TABLE collections (
    id    BIGINT      NOT NULL AUTO_INCREMENT,
    uid   BIGINT      NOT NULL,
    name  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ctime BIGINT      NOT NULL,
    utime BIGINT      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_collections_uid_name (uid, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a user collected, and into which folder (cid): at most one folder per object and user.
CREATE TABLE user_collection_bizs (
    uid    BIGINT      NOT NULL,
    biz    VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    biz_id BIGINT      NOT NULL,
    cid    BIGINT      NOT NULL,
    ctime  BIGINT      NOT NULL,
    utime  BIGINT      NOT NULL,
    PRIMARY KEY (uid, biz, biz_id),
    KEY idx_user_collection_bizs_cid (cid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Read events already counted, by their eventId, written in the same transaction as the counts they
-- added: a redelivered event finds its id here and is dropped. Pruned by age (applied_at).
CREATE TABLE read_events_applied (
    event_id   VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    applied_at BIGINT      NOT NULL,
    PRIMARY KEY (event_id),
    KEY idx_read_events_applied_at (applied_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
