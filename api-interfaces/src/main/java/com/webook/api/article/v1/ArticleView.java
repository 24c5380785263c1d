package com.webook.api.article.v1;

import java.io.Serializable;
import java.time.Instant;

/** A whole article: the author's draft or, for readers, the published copy. */
public record ArticleView(
        long id,
        long authorId,
        String title,
        String content,
        ArticleStatus status,
        Instant createdAt,
        Instant updatedAt) implements Serializable {
}
