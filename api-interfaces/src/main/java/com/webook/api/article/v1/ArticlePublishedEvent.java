package com.webook.api.article.v1;

import java.io.Serializable;

/**
 * On Kafka topic {@value #TOPIC} (JSON, keyed by article id): an article was published or republished.
 * {@code eventId} is unique per publish; times are epoch milliseconds.
 */
public record ArticlePublishedEvent(
        String eventId, long articleId, long authorId, String title, long publishedAtMillis)
        implements Serializable {

    public static final String TOPIC = "article_published";
}
