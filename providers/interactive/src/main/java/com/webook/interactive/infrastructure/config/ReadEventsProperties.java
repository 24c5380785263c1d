package com.webook.interactive.infrastructure.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code webook.interactive.read-events}: the consumer of article reads.
 *
 * @param enabled          whether this instance consumes at all
 * @param topic            where the article provider writes ArticleReadEvents
 * @param deadLetterTopic  where messages that are not readable events go
 * @param groupId          the consumer group: every instance of this provider shares one
 * @param autoOffsetReset  where a group without committed offsets starts ({@code earliest}: reads that
 *                         were never counted are counted)
 * @param batchSize        most records applied in one transaction
 * @param batchWait        longest a record waits for its batch to fill
 * @param retryBackoff     pause before a batch that failed to apply is tried again
 * @param dedupeRetention  how long applied event ids are remembered; must outlast any redelivery
 * @param pruneInterval    how often ids older than that are forgotten
 * @param readerPeriod     a reader's reads of an object within this count once
 */
@ConfigurationProperties("webook.interactive.read-events")
public record ReadEventsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("article_read_events") String topic,
        @DefaultValue("article_read_events_dlt") String deadLetterTopic,
        @DefaultValue("webook-interactive") String groupId,
        @DefaultValue("earliest") String autoOffsetReset,
        @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration batchWait,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("7d") Duration dedupeRetention,
        @DefaultValue("1h") Duration pruneInterval,
        @DefaultValue("10m") Duration readerPeriod) {
}
