package com.webook.web.ranking;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.webook.api.ranking.v1.HotList;
import com.webook.api.ranking.v1.RankingService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The whole hot list, kept in this instance: a page of it makes no call. It is fetched again in the
 * background once it is {@code refreshAfter} old (a withdrawn article leaves the pages within that and the
 * ranking provider's own second). While the ranking provider cannot be reached the copy held is served,
 * marked stale once it is five refreshes old, until it is {@code keepFor} old; after that the call's error
 * is the answer.
 */
class NearHotList {

    private static final String WHOLE = "hot";

    /** A list and when it was fetched ({@link System#nanoTime()}). */
    private record Held(HotList list, long fetchedAt) {
    }

    private final LoadingCache<String, Held> lists;
    private final long staleAfterNanos;

    NearHotList(RankingService ranking, Duration refreshAfter, Duration keepFor, MeterRegistry meters) {
        this.lists = Caffeine.newBuilder().refreshAfterWrite(refreshAfter).expireAfterWrite(keepFor).recordStats()
                .build(key -> new Held(ranking.hot(0, RankingService.MAX_ITEMS), System.nanoTime()));
        this.staleAfterNanos = refreshAfter.multipliedBy(5).toNanos();
        CaffeineCacheMetrics.monitor(meters, lists, "ranking.hot.near");
    }

    HotList whole() {
        Held held = lists.get(WHOLE);
        HotList list = held.list();
        if (!list.stale() && System.nanoTime() - held.fetchedAt() > staleAfterNanos) {
            return new HotList(list.items(), list.total(), list.computedAt(), list.reconciledAt(), true);
        }
        return list;
    }
}
