package com.webook.interactive.infrastructure.cache;

import java.util.Collection;
import java.util.Map;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.provider.support.cache.CacheFallback;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The cache as an optimisation, never a dependency: a failing operation is logged and counted
 * ({@code webook.cache.degraded}) and answers as a miss, so reads go to MySQL and writes carry on. An
 * increment lost this way leaves the entry behind MySQL until it expires (at most 15 minutes).
 */
public class ResilientCountsCache implements CountsCache {

    private final CountsCache cache;
    private final CacheFallback fallback;

    public ResilientCountsCache(CountsCache cache, MeterRegistry meters) {
        this.cache = cache;
        this.fallback = new CacheFallback("interactive", meters);
    }

    @Override
    public Map<Long, Counts> getAll(String biz, Collection<Long> ids) {
        return fallback.get("getAll", () -> cache.getAll(biz, ids)).orElse(Map.of());
    }

    @Override
    public void putAll(Collection<Counts> counts) {
        fallback.run("putAll", () -> cache.putAll(counts));
    }

    @Override
    public int incrementExisting(CountField field, Map<BizObject, Long> deltas) {
        return fallback.get("increment", () -> cache.incrementExisting(field, deltas)).orElse(0);
    }
}
