package com.webook.article.domain;

/** Why the article context refused a request; the caller can act on each. */
public enum Rejection {
    INVALID_ARGUMENT,
    ARTICLE_NOT_FOUND,
    NOT_AUTHOR,
    DRAFT_LIMIT_REACHED
}
