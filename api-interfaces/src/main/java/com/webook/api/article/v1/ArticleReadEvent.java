package com.webook.api.article.v1;

import java.io.Serializable;

/**
 * On Kafka topic {@value #TOPIC} (JSON, keyed by article id): a reader opened a published article.
 * {@code eventId} is unique per read so that a consumer drops redeliveries; {@code readerId} is 0 for
 * an anonymous reader; {@code readAtMillis} is epoch milliseconds. {@code readerKey} names the reader for
 * counting a read once per reader and period ({@code user:<id>}, or {@code client:<digest>} of an
 * anonymous reader's client); null when nobody can tell, and then every read counts.
 */
public record ArticleReadEvent(String eventId, long articleId, long readerId, long readAtMillis, String readerKey)
        implements Serializable {

    public static final String TOPIC = "article_read_events";
}
