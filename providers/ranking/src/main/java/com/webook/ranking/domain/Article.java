package com.webook.ranking.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A published article as the list shows it: the abstract, not the content. {@code updatedAt} is when its
 * published copy last changed; its age is counted from then.
 */
public record Article(long id, long authorId, String title, String abstractText, Instant updatedAt) {

    public Article {
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
