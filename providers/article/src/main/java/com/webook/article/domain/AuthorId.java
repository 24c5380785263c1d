package com.webook.article.domain;

/** The user who writes an article: the only one who may change it. */
public record AuthorId(long value) {

    public AuthorId {
        if (value <= 0) {
            throw new IllegalArgumentException("an author id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
