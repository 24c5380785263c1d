package com.webook.api.article.v1;

import java.io.Serializable;
import java.time.Instant;

/**
 * An article without its content, for lists: {@code abstractText} is the start of the content (at
 * most 128 characters).
 */
public record ArticleSummary(
        long id,
        long authorId,
        String title,
        String abstractText,
        ArticleStatus status,
        Instant createdAt,
        Instant updatedAt) implements Serializable {
}
