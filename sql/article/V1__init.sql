-- Articles: the author's library (drafts) and the online library readers see, under the same id.
-- The id comes from articles' auto increment; published_articles copies it. Status: 1 unpublished,
-- 2 published, 3 private. Content is Markdown as the author wrote it, at most 1 MiB of UTF-8.
-- Times are epoch milliseconds (UTC), so no driver or server time zone can shift them.
CREATE TABLE articles (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    author_id  BIGINT       NOT NULL,
    title      VARCHAR(256) NOT NULL,
    content    MEDIUMTEXT   NOT NULL,
    status     TINYINT      NOT NULL,
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (id),
    -- The author's list: newest updated first.
    KEY idx_articles_author_updated (author_id, updated_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE published_articles (
    id         BIGINT       NOT NULL COMMENT 'articles.id',
    author_id  BIGINT       NOT NULL,
    title      VARCHAR(256) NOT NULL,
    content    MEDIUMTEXT   NOT NULL,
    status     TINYINT      NOT NULL,
    created_at BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (id),
    -- The public list, paged by (updated_at, id) descending among published rows.
    KEY idx_published_status_updated (status, updated_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
