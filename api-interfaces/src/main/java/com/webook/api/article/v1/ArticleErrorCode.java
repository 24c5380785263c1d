package com.webook.api.article.v1;

import com.webook.api.common.v1.ErrorCode;

/** Errors of the article context (module 02). */
public enum ArticleErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(402001),
    /** No such article for this caller: never existed, or (for readers) not published or withdrawn. */
    ARTICLE_NOT_FOUND(402002),
    /** The article exists but belongs to another author. */
    NOT_AUTHOR(402003),
    /** The author has as many unpublished drafts as an author may have. */
    DRAFT_LIMIT_REACHED(402004),
    /** Storage failed; nothing was written. */
    SYSTEM_ERROR(502001);

    private final int code;

    ArticleErrorCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
