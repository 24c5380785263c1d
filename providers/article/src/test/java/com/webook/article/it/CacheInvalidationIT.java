package com.webook.article.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.infrastructure.cache.ArticleCache;
import com.webook.article.infrastructure.cache.FeedCacheInvalidations;
import com.webook.article.infrastructure.cache.LocalReaderCache;
import com.webook.article.infrastructure.persistence.CachedArticleRepository;
import com.webook.article.infrastructure.persistence.MybatisArticleDao;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the reader path, each with its own local cache and each following one change feed,
 * over the shared MySQL and Redis: a change made through one is seen by readers
 * of both once the announcement arrives, not when the local copies expire. The local caches age on a
 * ticker the test moves: it stands still unless a test moves it, so an announcement is the only thing
 * that can empty them, and the waits for one can be generous.
 */
@ProviderIntegrationTest
class CacheInvalidationIT {

    @Autowired
    MybatisArticleDao dao;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ArticleCache cache;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RedisConnectionFactory connections;

    @Value("${spring.data.redis.database}")
    int redisDatabase;

    private final String feed = "it:article:changes:" + UUID.randomUUID();
    private final AuthorId ada = new AuthorId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    private final List<FeedCacheInvalidations> followers = new ArrayList<>();
    /** The local caches' time, in nanoseconds. */
    private final AtomicLong ticker = new AtomicLong();

    /** One instance's reader path; {@code listening} false for an instance that misses every announcement. */
    private record Instance(CachedArticleRepository articles, LocalReaderCache local) {
    }

    private Instance instance(Duration localTtl, boolean listening) {
        LocalReaderCache local = new LocalReaderCache(localTtl, 16 << 20, new SimpleMeterRegistry(), ticker::get);
        FeedCacheInvalidations invalidations = new FeedCacheInvalidations(connections, feed, Duration.ofMinutes(10), local);
        if (listening) {
            follow(invalidations);
        }
        return new Instance(new CachedArticleRepository(dao, transactions, cache, local, invalidations,
                new SimpleMeterRegistry()), local);
    }

    private FeedCacheInvalidations follow(FeedCacheInvalidations invalidations) {
        invalidations.start();
        followers.add(invalidations);
        return invalidations;
    }

    @AfterEach
    void stopListening() {
        followers.forEach(FeedCacheInvalidations::stop);
    }

    @Test
    void aWithdrawnArticleStopsBeingServedByEveryInstance() {
        Instance a = instance(Duration.ofSeconds(30), true);
        Instance b = instance(Duration.ofSeconds(30), true);
        ArticleId id = a.articles().publish(Draft.of(ada.value(), 0, "everywhere", "text"), Instant.now()).orElseThrow();
        assertThat(a.articles().findPublished(id)).isPresent();
        // The publish's own invalidation may reach b after b's first read and empty its memory once.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(b.articles().findPublished(id)).isPresent();
            assertThat(b.local().contains(id)).as("b serves it from memory now").isTrue();
        });

        a.articles().withdraw(ada, id, Instant.now());

        assertThat(a.articles().findPublished(id)).isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(b.articles().findPublished(id)).isEmpty());
    }

    @Test
    void aRepublishedArticleReachesTheReadersOfEveryInstance() {
        Instance a = instance(Duration.ofSeconds(30), true);
        Instance b = instance(Duration.ofSeconds(30), true);
        ArticleId id = a.articles().publish(Draft.of(ada.value(), 0, "v1", "text"), Instant.now()).orElseThrow();
        assertThat(b.articles().findPublished(id)).map(Article::title).contains("v1");

        b.articles().publish(Draft.of(ada.value(), id.value(), "v2", "text"), Instant.now());

        assertThat(b.articles().findPublished(id)).map(Article::title).contains("v2");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(a.articles().findPublished(id)).map(Article::title).contains("v2"));
    }

    @Test
    void anInstanceThatMissesTheAnnouncementStopsAtTheEndOfItsLocalLifetime() {
        Duration lifetime = Duration.ofSeconds(2);
        Instance a = instance(Duration.ofSeconds(30), true);
        Instance deaf = instance(lifetime, false);
        ArticleId id = a.articles().publish(Draft.of(ada.value(), 0, "stale", "text"), Instant.now()).orElseThrow();
        assertThat(deaf.articles().findPublished(id)).isPresent();

        a.articles().withdraw(ada, id, Instant.now());

        assertThat(deaf.articles().findPublished(id)).as("still its old copy").isPresent();
        ticker.addAndGet(lifetime.toNanos() - 1);
        assertThat(deaf.articles().findPublished(id)).as("still its old copy at the end of its lifetime").isPresent();
        ticker.addAndGet(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deaf.articles().findPublished(id)).isEmpty());
    }

    @Test
    void anInstanceStartedWhileRedisIsDownFollowsOnceRedisAnswers() throws Exception {
        LocalReaderCache local = new LocalReaderCache(Duration.ofSeconds(30), 16 << 20, new SimpleMeterRegistry(), ticker::get);
        FeedCacheInvalidations announcer = new FeedCacheInvalidations(connections, feed, Duration.ofMinutes(10),
                new LocalReaderCache(Duration.ofSeconds(30), 16 << 20, new SimpleMeterRegistry(), ticker::get));
        try (LateRedis late = new LateRedis(System.getProperty("webook.it.redis.host", "127.0.0.1"),
                Integer.getInteger("webook.it.redis.port", 6379))) {
            LettuceConnectionFactory lateConnections = late.connectionFactory(redisDatabase);
            try {
                FeedCacheInvalidations follower = follow(
                        new FeedCacheInvalidations(lateConnections, feed, Duration.ofMinutes(10), local));
                assertThat(follower.isRunning()).as("starting did not fail").isTrue();
                assertThat(follower.isCurrent()).isFalse();
                ArticleId id = new ArticleId(123_456_789L);
                local.get(id, missing -> Optional.empty());
                announcer.broadcast(id); // while this instance cannot hear it

                late.comeUp();

                await().atMost(Duration.ofSeconds(10)).until(follower::isCurrent);
                assertThat(local.contains(id)).as("the change it missed was read when Redis answered").isFalse();
            } finally {
                followers.forEach(FeedCacheInvalidations::stop);
                lateConnections.destroy();
            }
        }
    }
}
