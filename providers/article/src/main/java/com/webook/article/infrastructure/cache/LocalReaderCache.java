package com.webook.article.infrastructure.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The first level of the reader path, in this JVM: what readers get for an id (the article, or nothing),
 * for a short time. A hit costs a hash lookup and nothing else. Concurrent misses on one id wait for a
 * single load (Caffeine computes each key once). Entries leave when another instance (or this one)
 * announces a change, or at the latest after {@code ttl}, the bound on staleness when an announcement
 * is missed. Bounded by weight (roughly the bytes held), since one article may be 1 MiB.
 */
public class LocalReaderCache {

    /** What an entry costs besides its text, roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    private final Cache<Long, Optional<Article>> entries;

    public LocalReaderCache(Duration ttl, long maxBytes, MeterRegistry meters) {
        this(ttl, maxBytes, meters, Ticker.systemTicker());
    }

    /** Entries age on {@code ticker} (nanoseconds), which a test may move by hand. */
    public LocalReaderCache(Duration ttl, long maxBytes, MeterRegistry meters, Ticker ticker) {
        this.entries = Caffeine.newBuilder()
                .ticker(ticker)
                .expireAfterWrite(ttl)
                .maximumWeight(maxBytes)
                .weigher((Long id, Optional<Article> article) -> ENTRY_OVERHEAD
                        + article.map(a -> 2 * (a.title().length() + a.content().length())).orElse(0))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, entries, "article.reader.local");
    }

    /** The cached answer, or the one {@code loader} gives (called once per id however many callers miss). */
    public Optional<Article> get(ArticleId id, Function<ArticleId, Optional<Article>> loader) {
        return entries.get(id.value(), key -> loader.apply(id));
    }

    public void invalidate(ArticleId id) {
        entries.invalidate(id.value());
    }

    public boolean contains(ArticleId id) {
        return entries.getIfPresent(id.value()) != null;
    }
}
