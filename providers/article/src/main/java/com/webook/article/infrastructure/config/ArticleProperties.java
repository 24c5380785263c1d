package com.webook.article.infrastructure.config;

import java.time.Duration;

import com.webook.api.article.v1.ArticleService;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code webook.article.*}: the tunables of the article provider (environment: WEBOOK_ARTICLE_CACHE_LOCAL_TTL,
 * WEBOOK_ARTICLE_EVENTS_READ_TOPIC, ...).
 */
@ConfigurationProperties("webook.article")
public record ArticleProperties(@DefaultValue Cache cache, @DefaultValue Events events) {

    /**
     * @param localTtl            how long an instance keeps an article in memory: the bound on staleness when
     *                            it misses an invalidation
     * @param localMaxSize        roughly the memory the local reader cache may hold
     * @param changesFeed         the Redis stream on which instances announce changed articles (a RedisFeed);
     *                            callers that keep published copies follow it too, so change it only with them
     */
    public record Cache(@DefaultValue("30s") Duration localTtl,
                        @DefaultValue("64MB") DataSize localMaxSize,
                        @DefaultValue(ArticleService.CHANGES_FEED) String changesFeed) {
    }

    /**
     * @param publishedTopic where {@code ArticlePublishedEvent}s go
     * @param readTopic      where {@code ArticleReadEvent}s go
     * @param queueCapacity  events waiting for the sender thread before new ones are dropped (and counted)
     */
    public record Events(@DefaultValue("article_published") String publishedTopic,
                         @DefaultValue("article_read_events") String readTopic,
                         @DefaultValue("10000") int queueCapacity) {
    }
}
