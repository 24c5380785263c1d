package com.webook.web.article;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.ArticleView;
import com.webook.governance.feed.RedisFeed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Published articles kept in this instance, next to the readers: a view of a popular article costs no call
 * to the article provider. Copies are dropped when the article context announces a change on its change
 * feed ({@link ArticleService#CHANGES_FEED}: published again, withdrawn), moments after the change; a
 * withdrawn article is refused by every instance once it hears, not when its copy expires.
 *
 * <ul>
 *   <li>While this instance cannot hear the feed (Redis unreachable, the reader behind) its copies are not
 *       trusted: every view asks the provider, as before the near cache.</li>
 *   <li>A copy fetched while a change was being announced is not kept: a change is never overtaken by the
 *       older copy it replaced.</li>
 *   <li>Copies live at most {@code ttl}, well within the feed's retention, and the cache is bounded by
 *       weight (roughly the bytes held). Only published articles are kept; "not found" is not.</li>
 * </ul>
 */
class NearArticles implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NearArticles.class);
    /** What an entry costs besides its text, roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    private final ArticleService articles;
    private final Cache<Long, ArticleView> copies;
    private final RedisFeed changes;
    /** Changes heard so far: a fetch that saw it move may hold a copy older than the change. */
    private final AtomicLong changesHeard = new AtomicLong();

    NearArticles(ArticleService articles, RedisConnectionFactory redis, String feedKey, Duration ttl, long maxBytes,
                 MeterRegistry meters) {
        this.articles = articles;
        this.copies = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumWeight(maxBytes)
                .weigher((Long id, ArticleView view) -> ENTRY_OVERHEAD
                        + 2 * (length(view.title()) + length(view.content())))
                .recordStats()
                .build();
        // Entries older than a copy's lifetime are of no use to a follower that starts or comes back.
        this.changes = new RedisFeed(redis, feedKey, Clock.systemUTC(), ttl, Duration.ofSeconds(2),
                Duration.ofMillis(200), this::changed);
        CaffeineCacheMetrics.monitor(meters, copies, "article.reader.near");
        Gauge.builder("webook.feed.lag", changes, RedisFeed::lagSeconds).tag("feed", feedKey).baseUnit("seconds")
                .description("Time since this instance last heard from the feed").register(meters);
    }

    /** This instance's copy of the published article when there is one and it may be trusted, else null. */
    ArticleView copyOf(long id) {
        return changes.isCurrent() ? copies.getIfPresent(id) : null;
    }

    /**
     * The published article as the provider answers it: from this instance's copy when it may be trusted.
     * Throws what the provider throws ({@code ARTICLE_NOT_FOUND} unless published). Counts no read.
     */
    ArticleView published(long id) {
        if (!changes.isCurrent()) {
            return articles.peekPublished(id);
        }
        ArticleView copy = copies.getIfPresent(id);
        if (copy != null) {
            return copy;
        }
        long heard = changesHeard.get();
        ArticleView fetched = articles.peekPublished(id);
        copies.put(id, fetched);
        if (changesHeard.get() != heard) {
            // A change arrived while fetching: the copy may predate it. Kept first and dropped now, so that
            // the change's own drop cannot have run between a check and the keeping.
            copies.invalidate(id);
        }
        return fetched;
    }

    /** Drops this instance's copy now, after a change made through it (the feed will say so too). */
    void forget(long id) {
        changesHeard.incrementAndGet();
        copies.invalidate(id);
    }

    private void changed(String entry) {
        changesHeard.incrementAndGet();
        try {
            copies.invalidate(Long.parseLong(entry));
        } catch (NumberFormatException malformed) {
            log.warn("ignoring a malformed article change: {}", entry.length() > 40 ? entry.substring(0, 40) : entry);
        }
    }

    /** How many changes this instance has heard of (for tests). */
    long changesHeard() {
        return changesHeard.get();
    }

    /** Whether copies are served now (this instance hears the change feed). */
    boolean trusted() {
        return changes.isCurrent();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    @Override
    public void start() {
        changes.start();
    }

    @Override
    public void stop() {
        changes.stop();
    }

    @Override
    public boolean isRunning() {
        return changes.isRunning();
    }

    @Override
    public int getPhase() {
        return changes.getPhase();
    }
}
