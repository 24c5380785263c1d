package com.webook.web.article;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.InteractiveView;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * An article's counts, without any reader's flags, kept in this instance for {@code ttl} (a second or
 * two): counts a moment old are fine to show, and a popular article's are fetched once per {@code ttl},
 * not once per view. Concurrent misses on one article wait for one fetch. A logged-in reader's flags come
 * from {@link NearReaderMarks}, or with the counts in one call when they are not kept here.
 */
class NearCounts {

    private final InteractiveService interactions;
    private final Cache<Long, InteractiveView> counts;

    NearCounts(InteractiveService interactions, Duration ttl, long maxEntries, MeterRegistry meters) {
        this.interactions = interactions;
        this.counts = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, counts, "article.counts.near");
    }

    /** The counts kept here, or null when there are none (fetch them with {@link #fetch}). */
    InteractiveView cached(long articleId) {
        return counts.getIfPresent(articleId);
    }

    /**
     * Drops the counts kept here, after a reader's like or collection went through this instance: they see
     * their own action counted at once (the other instances within {@code ttl}).
     */
    void forget(long articleId) {
        counts.invalidate(articleId);
    }

    /** The counts, fetched unless kept here; throws what the interactive provider throws. */
    InteractiveView fetch(long articleId) {
        return counts.get(articleId, id -> interactions.get(ReaderController.BIZ, id, 0));
    }
}
