package com.webook.api.ranking.v1;

import java.io.Serializable;
import java.time.Instant;

/**
 * One article of the hot list, as a list shows it (the abstract, not the content), with the counts and the
 * score it was ranked by. {@code updatedAt} is when its published copy last changed, the time its age is
 * counted from.
 */
public record HotArticle(
        long id,
        long authorId,
        String title,
        String abstractText,
        Instant updatedAt,
        long likeCount,
        long collectCount,
        long readCount,
        double score) implements Serializable {
}
