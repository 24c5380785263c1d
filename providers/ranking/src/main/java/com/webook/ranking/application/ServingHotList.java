package com.webook.ranking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import com.webook.ranking.domain.HotList;
import com.webook.ranking.domain.RankingRejected;
import com.webook.ranking.domain.Ranked;

/**
 * Serves the hot list from this instance's memory. The copy is reloaded from the store whenever the list
 * is published (the store's announcements, followed by {@code announcementsCurrent}); while this instance
 * cannot hear them it asks the store itself, at most once per {@code retryEvery}, and when that fails too
 * it answers its last copy marked stale. A list older than {@code staleAfter} (the job stopped) is stale too.
 */
public class ServingHotList {

    /** A part of the list. */
    public record Part(List<Ranked> items, int total, Instant computedAt, Instant reconciledAt, boolean stale) {
    }

    private final RankingStore store;
    private final BooleanSupplier announcementsCurrent;
    private final Clock clock;
    private final Duration retryEvery;
    private final Duration staleAfter;
    private final int size;
    private final AtomicReference<HotList> held = new AtomicReference<>(HotList.NONE);
    private final AtomicLong lastAskedAt = new AtomicLong(System.nanoTime() - Duration.ofDays(1).toNanos());
    private volatile boolean lastAskOk;

    public ServingHotList(RankingStore store, BooleanSupplier announcementsCurrent, Clock clock, Duration retryEvery,
                          Duration staleAfter, int size) {
        this.store = store;
        this.announcementsCurrent = announcementsCurrent;
        this.clock = clock;
        this.retryEvery = retryEvery;
        this.staleAfter = staleAfter;
        this.size = size;
    }

    /** Takes the list the store holds now; throws when the store cannot be read. */
    public void reload() {
        store.hotList().ifPresent(held::set);
    }

    /**
     * The store announced a list computed at {@code computedAtMillis}: reload unless the copy held is as new
     * (so that reading a backlog of announcements at start costs one reload, not one each).
     */
    public void announced(String computedAtMillis) {
        Instant held = this.held.get().computedAt();
        try {
            if (held != null && held.toEpochMilli() >= Long.parseLong(computedAtMillis)) {
                return;
            }
        } catch (NumberFormatException notATime) {
            // reload
        }
        reload();
    }

    public Part part(int offset, int limit) {
        if (offset < 0 || offset >= size) {
            throw RankingRejected.invalid("offset must be 0 to " + (size - 1));
        }
        if (limit < 1 || limit > size) {
            throw RankingRejected.invalid("limit must be 1 to " + size);
        }
        boolean current = announcementsCurrent.getAsBoolean() || askStore();
        HotList list = held.get();
        boolean old = list.computedAt() != null && list.computedAt().isBefore(clock.instant().minus(staleAfter));
        List<Ranked> items = list.items();
        List<Ranked> part = offset >= items.size() ? List.of() : items.subList(offset, Math.min(items.size(), offset + limit));
        return new Part(part, items.size(), list.computedAt(), list.reconciledAt(), !current || old);
    }

    /** One caller at a time, once per {@code retryEvery}, reloads; the others take its outcome. */
    private boolean askStore() {
        long last = lastAskedAt.get();
        long now = System.nanoTime();
        if (now - last < retryEvery.toNanos() || !lastAskedAt.compareAndSet(last, now)) {
            return lastAskOk;
        }
        try {
            reload();
            lastAskOk = true;
        } catch (RuntimeException unreachable) {
            lastAskOk = false;
        }
        return lastAskOk;
    }
}
