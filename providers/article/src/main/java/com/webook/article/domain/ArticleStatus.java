package com.webook.article.domain;

/** Where an article stands, stored as {@link #value()}. */
public enum ArticleStatus {
    UNPUBLISHED(1),
    PUBLISHED(2),
    PRIVATE(3);

    private final int value;

    ArticleStatus(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static ArticleStatus of(int value) {
        for (ArticleStatus status : values()) {
            if (status.value == value) {
                return status;
            }
        }
        throw new IllegalArgumentException("no article status " + value);
    }
}
