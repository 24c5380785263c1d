package com.webook.ranking.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.ranking.v1.RankingService;
import com.webook.governance.feed.RedisFeed;
import com.webook.provider.support.events.EventBatchConsumer;
import com.webook.provider.support.events.KafkaClientConfigs;
import com.webook.provider.support.events.KafkaDeadLetters;
import com.webook.ranking.application.ArticleCounts;
import com.webook.ranking.application.ComputingHotList;
import com.webook.ranking.application.KeepingHotListFresh;
import com.webook.ranking.application.Locks;
import com.webook.ranking.application.PublishedArticles;
import com.webook.ranking.application.RankingSettings;
import com.webook.ranking.application.RankingStore;
import com.webook.ranking.application.ServingHotList;
import com.webook.ranking.domain.ScoreWeights;
import com.webook.ranking.infrastructure.job.EmbeddedExecutor;
import com.webook.ranking.infrastructure.job.RankingJobHandler;
import com.webook.ranking.infrastructure.job.TimerSchedule;
import com.webook.ranking.infrastructure.messaging.InteractionEventReader;
import com.webook.ranking.infrastructure.redis.RedisRankingStore;
import com.webook.ranking.infrastructure.redis.RedissonLocks;
import com.webook.ranking.infrastructure.rpc.DubboArticleCounts;
import com.webook.ranking.infrastructure.rpc.DubboPublishedArticles;
import com.webook.ranking.rpc.RankingRpcService;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Every bean of the ranking context, wired by hand: nothing in domain or application is scanned.
 * {@code @EnableDubbo} here only makes Dubbo export the {@code @DubboService} bean method below.
 */
@Configuration(proxyBeanMethods = false)
@EnableDubbo
@EnableConfigurationProperties(RankingProperties.class)
public class RankingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RankingConfiguration.class);

    @Bean
    RankingSettings rankingSettings(RankingProperties properties) {
        return new RankingSettings(properties.maxAge(), RankingService.MAX_ITEMS, properties.candidates(),
                properties.maxCandidates(), properties.pageSize());
    }

    @Bean
    ScoreSettings scoreSettings(RankingProperties properties, @Value("${spring.application.name}") String app) {
        RankingProperties.Score score = properties.score();
        return new ScoreSettings(new ScoreWeights(score.likes(), score.collects(), score.reads(), score.gravity(),
                score.offsetHours()), properties.scoreKey(), app);
    }

    // --- what other contexts answer -------------------------------------------------------------------------

    /** A run reads pages of up to 500 articles with their abstracts: more time than the default. */
    @Bean
    ReferenceBean<ArticleService> articleService() {
        return new ReferenceBeanBuilder().setInterface(ArticleService.class).setVersion(ArticleService.VERSION)
                .setTimeout(5_000).build();
    }

    @Bean
    ReferenceBean<InteractiveService> interactiveService() {
        return new ReferenceBeanBuilder().setInterface(InteractiveService.class).setVersion(InteractiveService.VERSION)
                .setTimeout(5_000).build();
    }

    @Bean
    PublishedArticles publishedArticles(ArticleService articleService) {
        return new DubboPublishedArticles(articleService);
    }

    @Bean
    ArticleCounts articleCounts(InteractiveService interactiveService) {
        return new DubboArticleCounts(interactiveService);
    }

    // --- shared state in Redis ------------------------------------------------------------------------------

    /**
     * Redisson for the locks only, on the same Redis (and database) as the app; small pools. Its watchdog
     * timeout is how long a killed job holder keeps the job lock.
     */
    @Bean(destroyMethod = "shutdown")
    RedissonClient redisson(RedisProperties redis, RankingProperties properties) {
        Config config = new Config();
        config.setLockWatchdogTimeout(properties.lockWatchdog().toMillis());
        config.setThreads(2);
        config.setNettyThreads(4);
        SingleServerConfig server = config.useSingleServer()
                .setAddress("redis://" + redis.getHost() + ":" + redis.getPort())
                .setDatabase(redis.getDatabase())
                .setConnectionMinimumIdleSize(1)
                .setConnectionPoolSize(4)
                .setSubscriptionConnectionMinimumIdleSize(1)
                .setSubscriptionConnectionPoolSize(2)
                .setConnectTimeout(1_000)
                .setTimeout(1_000)
                .setRetryAttempts(2);
        if (redis.getUsername() != null) {
            server.setUsername(redis.getUsername());
        }
        if (redis.getPassword() != null && !redis.getPassword().isEmpty()) {
            server.setPassword(redis.getPassword());
        }
        return Redisson.create(config);
    }

    /** Short sections: wait 5 s at most, hold 10 s at most. */
    @Bean
    Locks locks(RedissonClient redisson) {
        return new RedissonLocks(redisson, Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /**
     * Every publication of the list is announced here; each instance follows it and reloads its copy. While
     * it cannot hear it (2 s), it asks Redis itself before answering. A read blocks 200 ms, well below the
     * Redis command timeout.
     */
    @Bean
    RedisFeed rankingAnnouncements(RedisConnectionFactory redis, RankingProperties properties, Clock clock,
                                   ObjectProvider<ServingHotList> serving, MeterRegistry meters) {
        RedisFeed feed = new RedisFeed(redis, properties.changesFeed(), clock, Duration.ofMinutes(10),
                Duration.ofSeconds(2), Duration.ofMillis(200), computedAt -> serving.getObject().announced(computedAt));
        feed.measureLag(meters);
        return feed;
    }

    @Bean
    RankingStore rankingStore(StringRedisTemplate redis, ObjectMapper json, RedisFeed rankingAnnouncements,
                              RankingProperties properties) {
        return new RedisRankingStore(redis, json, rankingAnnouncements, properties.ttl());
    }

    // --- use cases -------------------------------------------------------------------------------------------

    @Bean
    KeepingHotListFresh keepingHotListFresh(RankingStore store, PublishedArticles articles, ArticleCounts counts,
                                            Locks locks, ScoreSettings scoreSettings, RankingSettings settings,
                                            Clock clock) {
        return new KeepingHotListFresh(store, articles, counts, locks, scoreSettings, settings, clock);
    }

    @Bean
    ComputingHotList computingHotList(PublishedArticles articles, ArticleCounts counts, KeepingHotListFresh fresh,
                                      RankingStore store, Locks locks, ScoreSettings scoreSettings,
                                      RankingSettings settings, Clock clock) {
        return new ComputingHotList(articles, counts, fresh, store, locks, scoreSettings, settings, clock,
                Duration.ofMillis(200));
    }

    /** Stale when Redis cannot be heard, or when the list is older than its time to live (the job stopped). */
    @Bean
    ServingHotList servingHotList(RankingStore store, RedisFeed rankingAnnouncements, RankingProperties properties,
                                  Clock clock) {
        ServingHotList serving = new ServingHotList(store, rankingAnnouncements::isCurrent, clock, Duration.ofSeconds(1),
                properties.ttl(), RankingService.MAX_ITEMS);
        try {
            serving.reload();
        } catch (RuntimeException unreachable) {
            log.warn("no hot list from Redis at start ({}); served once Redis answers", unreachable.toString());
        }
        return serving;
    }

    // --- what keeps it fresh ---------------------------------------------------------------------------------

    /** Published articles that changed (withdrawn, republished), as the article context announces them. */
    @Bean
    RedisFeed articleChanges(RedisConnectionFactory redis, RankingProperties properties, Clock clock,
                             KeepingHotListFresh fresh) {
        return new RedisFeed(redis, properties.articleChangesFeed(), clock, Duration.ofMinutes(10),
                Duration.ofSeconds(2), Duration.ofMillis(200), id -> {
                    if (id.matches("[1-9][0-9]{0,18}")) {
                        fresh.articlesChanged(List.of(Long.parseLong(id)));
                    }
                });
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "webook.ranking.events.enabled", havingValue = "true", matchIfMissing = true)
    KafkaDeadLetters interactionDeadLetters(RankingProperties properties,
                                            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        return new KafkaDeadLetters(new KafkaProducer<>(KafkaClientConfigs.producer(bootstrapServers)),
                properties.events().deadLetterTopic());
    }

    /** Likes and collections of articles: each batch recounts the articles it names. */
    @Bean
    @ConditionalOnProperty(name = "webook.ranking.events.enabled", havingValue = "true", matchIfMissing = true)
    EventBatchConsumer<InteractionEventReader.Touched> interactionEventConsumer(
            RankingProperties properties, KeepingHotListFresh fresh, KafkaDeadLetters interactionDeadLetters,
            ObjectMapper json, MeterRegistry meters, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        RankingProperties.Events events = properties.events();
        EventBatchConsumer.Settings settings = new EventBatchConsumer.Settings(events.topic(), events.batchSize(),
                events.batchWait(), events.retryBackoff());
        return new EventBatchConsumer<>(settings,
                () -> new KafkaConsumer<>(KafkaClientConfigs.consumer(bootstrapServers, events.groupId(),
                        events.autoOffsetReset(), events.batchSize())),
                new InteractionEventReader(json),
                batch -> fresh.countsChanged(batch.stream().filter(t -> "article".equals(t.biz()))
                        .map(InteractionEventReader.Touched::bizId).toList()),
                interactionDeadLetters, meters);
    }

    // --- who fires the job -----------------------------------------------------------------------------------

    @Bean
    RankingJobHandler rankingJobHandler(ComputingHotList computing) {
        return new RankingJobHandler(computing);
    }

    @Bean
    @ConditionalOnProperty(name = "webook.ranking.schedule", havingValue = "job-admin", matchIfMissing = true)
    EmbeddedExecutor embeddedExecutor(RankingProperties properties, RankingJobHandler handler) {
        RankingProperties.Executor executor = properties.executor();
        return new EmbeddedExecutor(new EmbeddedExecutor.Settings(executor.adminAddresses(), executor.appName(),
                executor.accessToken(), executor.host(), executor.port(), executor.logPath(),
                executor.logRetentionDays()), List.of(handler));
    }

    @Bean
    @ConditionalOnProperty(name = "webook.ranking.schedule", havingValue = "timer")
    TimerSchedule timerSchedule(ComputingHotList computing, RankingProperties properties, Clock clock) {
        return new TimerSchedule(computing, properties.period(), clock);
    }

    @Bean
    @DubboService(interfaceClass = RankingService.class, version = RankingService.VERSION)
    RankingService rankingRpcService(ServingHotList serving) {
        return new RankingRpcService(serving);
    }
}
