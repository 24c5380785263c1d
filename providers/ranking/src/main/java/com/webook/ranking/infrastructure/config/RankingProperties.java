package com.webook.ranking.infrastructure.config;

import java.time.Duration;

import com.webook.api.article.v1.ArticleService;
import com.webook.api.interactive.v1.InteractionEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code webook.ranking} (see application.yml for what each means and its default).
 *
 * @param schedule    who fires the job: {@code job-admin} (its embedded executor) or {@code timer} (every
 *                    instance wakes each period; one computes, under the lock)
 * @param period      how often the list is recomputed in timer mode, and the period the Redis TTL and the
 *                    staleness of a served list are measured against
 * @param ttl         how long the list and the candidates live in Redis after their last write
 * @param scoreKey    the config center key (group: the app's name) holding the score weights
 */
@ConfigurationProperties("webook.ranking")
public record RankingProperties(
        @DefaultValue("7d") Duration maxAge,
        @DefaultValue("1000") int candidates,
        @DefaultValue("5000") int maxCandidates,
        @DefaultValue("500") int pageSize,
        @DefaultValue("JOB_ADMIN") Schedule schedule,
        @DefaultValue("1m") Duration period,
        @DefaultValue("30m") Duration ttl,
        @DefaultValue("10s") Duration lockWatchdog,
        @DefaultValue Score score,
        @DefaultValue("ranking-score") String scoreKey,
        @DefaultValue("ranking:changes") String changesFeed,
        @DefaultValue(ArticleService.CHANGES_FEED) String articleChangesFeed,
        @DefaultValue Executor executor,
        @DefaultValue Events events) {

    /** Who fires the job. */
    public enum Schedule { JOB_ADMIN, TIMER }

    /** The score's defaults, until the config center says otherwise. */
    public record Score(
            @DefaultValue("1") double likes,
            @DefaultValue("0") double collects,
            @DefaultValue("0") double reads,
            @DefaultValue("1.5") double gravity,
            @DefaultValue("2") double offsetHours) {
    }

    /** The embedded XXL-Job executor (schedule {@code job-admin}). */
    public record Executor(
            @DefaultValue("http://127.0.0.1:8280/") String adminAddresses,
            @DefaultValue("webook-ranking") String appName,
            @DefaultValue("") String accessToken,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("9998") int port,
            @DefaultValue("${java.io.tmpdir}/webook-ranking-executor") String logPath,
            @DefaultValue("7") int logRetentionDays) {
    }

    /** The consumer of interaction events. */
    public record Events(
            @DefaultValue("true") boolean enabled,
            @DefaultValue(InteractionEvent.TOPIC) String topic,
            @DefaultValue("interactive_events_ranking_dlt") String deadLetterTopic,
            @DefaultValue("webook-ranking") String groupId,
            @DefaultValue("latest") String autoOffsetReset,
            @DefaultValue("500") int batchSize,
            @DefaultValue("300ms") Duration batchWait,
            @DefaultValue("1s") Duration retryBackoff) {
    }
}
