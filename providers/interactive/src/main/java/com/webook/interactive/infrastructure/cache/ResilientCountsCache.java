package com.webook.interactive.infrastructure.cache;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache as an optimisation, never a dependency: a failing operation is logged and counted
 * ({@code webook.cache.degraded}) and answers as a miss, so reads go to MySQL and writes carry on. An
 * increment lost this way leaves the entry behind MySQL until it expires (at most 15 minutes).
 */
public class ResilientCountsCache implements CountsCache {

    private static final Logger log = LoggerFactory.getLogger(ResilientCountsCache.class);

    private final CountsCache cache;
    private final MeterRegistry meters;

    public ResilientCountsCache(CountsCache cache, MeterRegistry meters) {
        this.cache = cache;
        this.meters = meters;
    }

    @Override
    public Map<Long, Counts> getAll(String biz, Collection<Long> ids) {
        return guarded("getAll", () -> cache.getAll(biz, ids), Map.of());
    }

    @Override
    public void putAll(Collection<Counts> counts) {
        guarded("putAll", () -> {
            cache.putAll(counts);
            return null;
        }, null);
    }

    @Override
    public int incrementExisting(CountField field, Map<BizObject, Long> deltas) {
        return guarded("increment", () -> cache.incrementExisting(field, deltas), 0);
    }

    private <T> T guarded(String operation, Supplier<T> call, T fallback) {
        try {
            return call.get();
        } catch (RuntimeException failure) {
            meters.counter("webook.cache.degraded", "cache", "interactive", "operation", operation).increment();
            log.warn("interactive cache {} failed, carrying on without it: {}", operation, failure.toString());
            return fallback;
        }
    }
}
