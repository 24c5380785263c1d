package com.webook.interactive.infrastructure.persistence;

import java.time.Clock;
import java.util.Collection;
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
import com.webook.provider.support.events.AppliedEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of reads in one transaction of two statements, whatever its size: remember the batch's event
 * ids (INSERT IGNORE) and, when every one of them was new, add each object's reads in one upsert. When
 * some were counted before (a redelivery), that transaction is rolled back and a second one finds which
 * were new, remembers and counts only those. Objects are upserted in key order so that two batches never
 * lock the same rows in opposite orders. After the commit, the cached entries that exist get their
 * increments.
 */
public class MysqlReadCounter implements ReadCounter {

    private final AppliedEvents applied;
    private final JdbcReadBatches batches;
    private final CountsCache cache;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public MysqlReadCounter(AppliedEvents applied, JdbcReadBatches batches, CountsCache cache,
                            TransactionTemplate transactions, Clock clock) {
        this.applied = applied;
        this.batches = batches;
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
        long now = clock.millis();
        Map<BizObject, Long> added = transactions.execute(status -> {
            if (applied.rememberIfNew(byId.keySet(), now) == byId.size()) {
                return addReads(byId.values(), now);
            }
            status.setRollbackOnly(); // some were counted before: sort them out on the slow path
            return null;
        });
        if (added == null) {
            added = transactions.execute(status -> {
                Set<String> seen = applied.appliedAmong(byId.keySet());
                List<ReadEvent> fresh = byId.values().stream().filter(e -> !seen.contains(e.eventId())).toList();
                if (fresh.isEmpty()) {
                    return Map.<BizObject, Long>of();
                }
                // A racing instance that stored one of these ids first makes this fail: the batch is retried.
                applied.remember(fresh.stream().map(ReadEvent::eventId).toList(), now);
                return addReads(fresh, now);
            });
        }
        cache.incrementExisting(CountField.READ, added);
        int applied = (int) added.values().stream().mapToLong(Long::longValue).sum();
        return new ReadsApplied(applied, events.size() - applied);
    }

    /** One upsert for the whole batch, objects in key order. */
    private Map<BizObject, Long> addReads(Collection<ReadEvent> fresh, long now) {
        Map<BizObject, Long> reads = new TreeMap<>(MysqlReadCounter::keyOrder);
        fresh.forEach(event -> reads.merge(event.target(), 1L, Long::sum));
        batches.addReads(reads.entrySet().stream()
                .map(e -> new ReadIncrement(e.getKey().biz(), e.getKey().id(), e.getValue())).toList(), now);
        return reads;
    }

    private static int keyOrder(BizObject a, BizObject b) {
        int byBiz = a.biz().compareTo(b.biz());
        return byBiz != 0 ? byBiz : Long.compare(a.id(), b.id());
    }
}
