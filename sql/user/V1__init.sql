-- Accounts. Every identity (email, phone, WeChat openId/unionId) is unique; NULL means "not linked".
-- Times are epoch milliseconds (UTC), so no driver or server time zone can shift them.
CREATE TABLE users (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254)  NULL,
    password_hash   CHAR(60)      NULL COMMENT 'bcrypt',
    phone           VARCHAR(32)   NULL,
    wechat_open_id  VARCHAR(128)  NULL,
    wechat_union_id VARCHAR(128)  NULL,
    nickname        VARCHAR(64)   NULL,
    birthday        DATE          NULL,
    about_me        VARCHAR(1024) NULL,
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_users_email (email),
    UNIQUE KEY uk_users_phone (phone),
    UNIQUE KEY uk_users_wechat_open_id (wechat_open_id),
    UNIQUE KEY uk_users_wechat_union_id (wechat_union_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
