package com.webook.article.domain;

/** An article's id, shared by its draft and its online copy. */
public record ArticleId(long value) {

    public ArticleId {
        if (value <= 0) {
            throw new IllegalArgumentException("an article id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
