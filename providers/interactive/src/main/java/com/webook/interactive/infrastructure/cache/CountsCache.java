package com.webook.interactive.infrastructure.cache;

import java.util.Collection;
import java.util.Map;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;

/**
 * Counts by object, kept for a while. An entry is only ever incremented while it exists, so an
 * increment never creates a partial entry that would then read as the whole truth.
 */
public interface CountsCache {

    /** The entries found among {@code ids} (all of kind {@code biz}), keyed by id, in one round trip. */
    Map<Long, Counts> getAll(String biz, Collection<Long> ids);

    /** Stores whole entries, in one round trip. */
    void putAll(Collection<Counts> counts);

    /** Adds each delta to its object's entry where one exists, in one round trip; returns how many existed. */
    int incrementExisting(CountField field, Map<BizObject, Long> deltas);
}
