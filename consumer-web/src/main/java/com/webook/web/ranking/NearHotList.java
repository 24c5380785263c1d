package com.webook.web.ranking;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import com.webook.api.ranking.v1.HotList;
import com.webook.api.ranking.v1.RankingService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The whole hot list, kept in this instance: a page of it makes no call. A copy older than
 * {@code refreshAfter} is fetched again by the request that finds it so (one at a time; the others meanwhile
 * get the copy held), so a withdrawn article leaves the pages within that and the ranking provider's own
 * second, and an instance that was idle never answers an old list as if it were new. While the ranking
 * provider cannot be reached the copy held is served, marked stale once it is five refreshes old, and
 * asked for again once per {@code refreshAfter}; a copy older than {@code keepFor} is not served, and the
 * call's error is the answer. Failed fetches are counted in {@code webook.ranking.near.failures}.
 */
class NearHotList {

    /** A list and when it was fetched (on the {@code nanos} clock). */
    private record Held(HotList list, long fetchedAt) {
    }

    private final RankingService ranking;
    private final long refreshAfter;
    private final long staleAfter;
    private final long keepFor;
    private final ReentrantLock fetching = new ReentrantLock();
    private final LongSupplier nanos;
    private final Counter failures;
    private volatile Held held;
    /** After a failed fetch, no other before this (on the {@code nanos} clock). */
    private volatile long nextTry;
    private volatile RuntimeException lastFailure;

    NearHotList(RankingService ranking, Duration refreshAfter, Duration keepFor, MeterRegistry meters) {
        this(ranking, refreshAfter, keepFor, meters, System::nanoTime);
    }

    /** With a clock of nanoseconds of its own, for tests. */
    NearHotList(RankingService ranking, Duration refreshAfter, Duration keepFor, MeterRegistry meters,
                LongSupplier nanos) {
        this.nanos = nanos;
        this.ranking = ranking;
        this.refreshAfter = refreshAfter.toNanos();
        this.staleAfter = refreshAfter.multipliedBy(5).toNanos();
        this.keepFor = keepFor.toNanos();
        this.failures = meters.counter("webook.ranking.near.failures");
    }

    HotList whole() {
        Held current = held;
        if (current != null && age(current) <= keepFor
                && (age(current) < refreshAfter || nanos.getAsLong() < nextTry || !fetching.tryLock())) {
            return served(current);
        }
        if (!fetching.isHeldByCurrentThread()) {
            fetching.lock(); // nothing (good enough) to serve meanwhile: wait for the fetch
        }
        try {
            Held again = held;
            if (again != null && age(again) < refreshAfter) {
                return again.list();
            }
            RuntimeException failed = lastFailure;
            if (failed != null && nanos.getAsLong() < nextTry && (again == null || age(again) > keepFor)) {
                throw failed; // asked a moment ago in vain: callers queued behind it do not each wait again
            }
            Held fresh = new Held(ranking.hot(0, RankingService.MAX_ITEMS), nanos.getAsLong());
            held = fresh;
            lastFailure = null;
            return fresh.list();
        } catch (RuntimeException unreachable) {
            failures.increment();
            lastFailure = unreachable;
            nextTry = nanos.getAsLong() + refreshAfter;
            Held last = held;
            if (last == null || age(last) > keepFor) {
                throw unreachable;
            }
            return served(last);
        } finally {
            fetching.unlock();
        }
    }

    private HotList served(Held copy) {
        HotList list = copy.list();
        if (list.stale() || age(copy) <= staleAfter) {
            return list;
        }
        return new HotList(list.items(), list.total(), list.computedAt(), list.reconciledAt(), true);
    }

    private long age(Held copy) {
        return nanos.getAsLong() - copy.fetchedAt();
    }
}
