package com.webook.article.domain;

/**
 * Where an article stands. Stored as its {@link #value()}; 0 is never stored. The contract publishes the
 * same states (the RPC adapter maps them).
 */
public enum ArticleStatus {
    /** A draft that was never published, or was saved again after publishing and not yet republished. */
    UNPUBLISHED(1),
    /** Readers see the online copy. */
    PUBLISHED(2),
    /** Withdrawn by its author: readers no longer see it; the author still does. */
    PRIVATE(3);

    private final int value;

    ArticleStatus(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** The status stored as {@code value}; {@link IllegalArgumentException} for any other number. */
    public static ArticleStatus of(int value) {
        for (ArticleStatus status : values()) {
            if (status.value == value) {
                return status;
            }
        }
        throw new IllegalArgumentException("no article status " + value);
    }
}
