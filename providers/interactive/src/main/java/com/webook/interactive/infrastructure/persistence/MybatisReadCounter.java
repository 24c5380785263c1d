package com.webook.interactive.infrastructure.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.ReadCounter;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReadsApplied;
import com.webook.interactive.infrastructure.cache.CountField;
import com.webook.interactive.infrastructure.cache.CountsCache;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of reads in one transaction of three statements, whatever its size: find which event ids were
 * counted before, remember the new ones (a racing instance that inserted one of them first makes the
 * whole transaction fail and the batch is retried), add each object's new reads in one upsert. Objects
 * are upserted in key order so that two batches never lock the same rows in opposite orders. After the
 * commit, the cached entries that exist get their increments.
 */
public class MybatisReadCounter implements ReadCounter {

    private final MybatisInteractiveDao dao;
    private final CountsCache cache;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public MybatisReadCounter(MybatisInteractiveDao dao, CountsCache cache, TransactionTemplate transactions,
                              Clock clock) {
        this.dao = dao;
        this.cache = cache;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ReadsApplied apply(List<ReadEvent> events) {
        if (events.isEmpty()) {
            return new ReadsApplied(0, 0);
        }
        Map<String, ReadEvent> byId = new LinkedHashMap<>();
        events.forEach(event -> byId.putIfAbsent(event.eventId(), event));
        Map<BizObject, Long> added = transactions.execute(status -> {
            Set<String> seen = new HashSet<>(dao.findAppliedEventIds(byId.keySet()));
            List<String> fresh = new ArrayList<>();
            Map<BizObject, Long> reads = new TreeMap<>(MybatisReadCounter::keyOrder);
            byId.forEach((id, event) -> {
                if (!seen.contains(id)) {
                    fresh.add(id);
                    reads.merge(event.target(), 1L, Long::sum);
                }
            });
            if (fresh.isEmpty()) {
                return reads;
            }
            long now = clock.millis();
            dao.insertAppliedEventIds(fresh, now);
            dao.addReads(reads.entrySet().stream()
                    .map(e -> new ReadIncrement(e.getKey().biz(), e.getKey().id(), e.getValue())).toList(), now);
            return reads;
        });
        cache.incrementExisting(CountField.READ, added);
        int applied = (int) added.values().stream().mapToLong(Long::longValue).sum();
        return new ReadsApplied(applied, events.size() - applied);
    }

    /** Removes the memory of events counted before {@code beforeMillis}, {@code limit} rows at a time. */
    public long forgetAppliedBefore(long beforeMillis, int limit) {
        long total = 0;
        int deleted;
        do {
            deleted = dao.pruneAppliedEvents(beforeMillis, limit);
            total += deleted;
        } while (deleted == limit);
        return total;
    }

    private static int keyOrder(BizObject a, BizObject b) {
        int byBiz = a.biz().compareTo(b.biz());
        return byBiz != 0 ? byBiz : Long.compare(a.id(), b.id());
    }
}
