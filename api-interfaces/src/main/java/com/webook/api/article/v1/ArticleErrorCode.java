package com.webook.api.article.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorKind;

/**
 * Errors of the article context (module 02): the rejections its service declares. Failures it did not
 * expect are answered with a {@link com.webook.api.common.v1.PlatformErrorCode} instead.
 */
public enum ArticleErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(402001, ErrorKind.INVALID),
    /** No such article for this caller: never existed, or (for readers) not published or withdrawn. */
    ARTICLE_NOT_FOUND(402002, ErrorKind.NOT_FOUND),
    /** The article exists but belongs to another author. */
    NOT_AUTHOR(402003, ErrorKind.FORBIDDEN),
    /** The author has as many unpublished drafts as an author may have. */
    DRAFT_LIMIT_REACHED(402004, ErrorKind.CONFLICT);

    private final int code;
    private final ErrorKind kind;

    ArticleErrorCode(int code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
