package com.webook.governance.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Copies of another context's data kept in this instance, by id, each dropped when the owner announces a
 * change of that id on its {@link RedisFeed}, moments after the change. The rules that make a copy as good
 * as asking the owner:
 * <ul>
 *   <li>while this instance cannot hear the feed, no copy is trusted: every look-up asks the owner;</li>
 *   <li>a copy fetched while a change was announced is not kept, so a change is never overtaken by the
 *       older copy it replaced;</li>
 *   <li>a change made through this instance drops the copy here at once ({@link #forget});</li>
 *   <li>copies live at most {@code ttl}, which must be within the feed's retention, and the whole is bounded
 *       by weight (roughly the bytes held).</li>
 * </ul>
 * A failed fetch is not kept: the next look-up asks again.
 *
 * @param <V> what is copied
 */
public final class NearCopies<V> implements FollowsFeed {

    private static final Logger log = LoggerFactory.getLogger(NearCopies.class);

    private final Cache<Long, V> copies;
    private final RedisFeed changes;
    /** Changes heard so far: a fetch that saw it move may hold a copy older than the change. */
    private final AtomicLong changesHeard = new AtomicLong();

    /**
     * @param name   the cache's name in the metrics ({@code cache.*{cache=name}})
     * @param weight roughly the bytes one copy holds
     */
    public NearCopies(String name, RedisConnectionFactory redis, String feedKey, Duration ttl, long maxBytes,
                      ToIntFunction<V> weight, MeterRegistry meters) {
        this.copies = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumWeight(maxBytes)
                .weigher((Long id, V copy) -> weight.applyAsInt(copy))
                .recordStats()
                .build();
        // Entries older than a copy's lifetime are of no use to a follower that starts or comes back.
        this.changes = new RedisFeed(redis, feedKey, Clock.systemUTC(), ttl, Duration.ofSeconds(2),
                Duration.ofMillis(200), this::changed);
        CaffeineCacheMetrics.monitor(meters, copies, name);
        changes.measureLag(meters);
    }

    /** The copy of {@code id} when there is one and copies are trusted now; otherwise null. */
    public V copyOf(long id) {
        return changes.isCurrent() ? copies.getIfPresent(id) : null;
    }

    /**
     * The copy of {@code id}, or what {@code fetch} answers (kept unless a change was heard meanwhile); only
     * {@code fetch}'s answer while copies are not trusted. Throws what {@code fetch} throws.
     */
    public V get(long id, LongFunction<V> fetch) {
        if (!changes.isCurrent()) {
            return fetch.apply(id);
        }
        V copy = copies.getIfPresent(id);
        if (copy != null) {
            return copy;
        }
        long heard = changesHeard.get();
        V fetched = fetch.apply(id);
        copies.put(id, fetched);
        if (changesHeard.get() != heard) {
            // A change arrived while fetching: the copy may predate it. Kept first and dropped now, so that
            // the change's own drop cannot have run between a check and the keeping.
            copies.invalidate(id);
        }
        return fetched;
    }

    /** Whether copies are trusted now: this instance hears the feed. */
    public boolean trusted() {
        return changes.isCurrent();
    }

    /** Drops the copy of {@code id} now, after a change made through this instance (the feed will say so too). */
    public void forget(long id) {
        changesHeard.incrementAndGet();
        copies.invalidate(id);
    }

    /** How many changes this instance has heard of, its own {@link #forget}s included. */
    public long changesHeard() {
        return changesHeard.get();
    }

    private void changed(String entry) {
        changesHeard.incrementAndGet();
        try {
            copies.invalidate(Long.parseLong(entry));
        } catch (NumberFormatException malformed) {
            log.warn("ignoring a malformed entry on {}: {}", changes.key(), entry.length() > 40 ? entry.substring(0, 40) : entry);
        }
    }

    @Override
    public RedisFeed feed() {
        return changes;
    }
}
