package com.webook.interactive.infrastructure.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.Marks;
import com.webook.interactive.domain.ReaderFlags;
import com.webook.interactive.infrastructure.cache.CountField;
import com.webook.interactive.infrastructure.cache.CountsCache;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MySQL behind a cache-aside cache of counts. Reads fill the cache on a miss (zeros included, so objects
 * nobody touched yet do not go to MySQL every time); a write changes the state and its count in one
 * transaction and, once that committed, increments the cached entry if there is one.
 */
public class CachedInteractiveRepository implements InteractiveRepository {

    private final MybatisInteractiveDao dao;
    private final CountsCache cache;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public CachedInteractiveRepository(MybatisInteractiveDao dao, CountsCache cache, TransactionTemplate transactions,
                                       Clock clock) {
        this.dao = dao;
        this.cache = cache;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Counts counts(BizObject target) {
        return counts(target.biz(), List.of(target.id())).get(0);
    }

    /** One pipeline to the cache, one SQL statement for the misses, one pipeline to fill them. */
    @Override
    public List<Counts> counts(String biz, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Counts> found = new LinkedHashMap<>(cache.getAll(biz, ids));
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<Long, Counts> loaded = new LinkedHashMap<>();
            missing.forEach(id -> loaded.put(id, Counts.zero(new BizObject(biz, id))));
            dao.findCountsIn(biz, missing).forEach(row -> loaded.put(row.bizId(), row.toCounts()));
            cache.putAll(loaded.values());
            found.putAll(loaded);
        }
        List<Counts> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(found.get(id)));
        return ordered;
    }

    @Override
    public ReaderFlags flagsOf(BizObject target, long userId) {
        int flags = dao.readerFlags(target.biz(), target.id(), userId);
        return new ReaderFlags((flags & MybatisInteractiveDao.LIKED) != 0, (flags & MybatisInteractiveDao.COLLECTED) != 0);
    }

    /** One more row than asked for of each tells whether there were more. */
    @Override
    public Marks marksOf(String biz, long userId, int limit) {
        List<Long> liked = dao.likedBy(userId, biz, limit + 1);
        List<Long> collected = dao.collectedBy(userId, biz, limit + 1);
        boolean complete = liked.size() <= limit && collected.size() <= limit;
        return new Marks(liked.subList(0, Math.min(limit, liked.size())),
                collected.subList(0, Math.min(limit, collected.size())), complete);
    }

    /**
     * The status update only matches a row holding the other status, so under the row lock exactly one of
     * many racing callers sees it change; a first like is an INSERT IGNORE that exactly one caller wins.
     */
    @Override
    public boolean storeLike(BizObject target, long userId, boolean liked) {
        long now = clock.millis();
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean flipped = dao.changeLike(target.biz(), target.id(), userId, liked ? 1 : 0, now) == 1
                    || (liked && dao.insertLike(target.biz(), target.id(), userId, now) == 1);
            if (flipped) {
                dao.addLikes(target.biz(), target.id(), liked ? 1 : -1, now);
            }
            return flipped;
        }));
        if (changed) {
            cache.incrementExisting(CountField.LIKE, Map.of(target, liked ? 1L : -1L));
        }
        return changed;
    }

    @Override
    public boolean storeCollected(BizObject target, long userId, long folderId) {
        long now = clock.millis();
        Boolean added = transactions.execute(status -> {
            if (dao.shareLockFolder(userId, folderId) == null) {
                return null;
            }
            if (dao.lockCollected(userId, target.biz(), target.id()) == null
                    && dao.insertCollected(userId, target.biz(), target.id(), folderId, now) == 1) {
                dao.addCollects(target.biz(), target.id(), 1, now);
                return true;
            }
            // Collected before (or by a racing call that won the insert): move it, the count stays.
            dao.moveCollected(userId, target.biz(), target.id(), folderId, now);
            return false;
        });
        if (added == null) {
            return false;
        }
        if (added) {
            cache.incrementExisting(CountField.COLLECT, Map.of(target, 1L));
        }
        return true;
    }

    @Override
    public boolean removeCollected(BizObject target, long userId) {
        long now = clock.millis();
        boolean removed = Boolean.TRUE.equals(transactions.execute(status -> {
            if (dao.deleteCollected(userId, target.biz(), target.id()) != 1) {
                return false;
            }
            dao.addCollects(target.biz(), target.id(), -1, now);
            return true;
        }));
        if (removed) {
            cache.incrementExisting(CountField.COLLECT, Map.of(target, -1L));
        }
        return removed;
    }
}
