package com.webook.ranking.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.domain.HotList;

/** The ports in memory, for the rules' tests: articles with counts, the shared store, the locks. */
public final class InMemoryRanking {

    private InMemoryRanking() {
    }

    /** Published articles (newest first by update time, then id) and their counts; can be made to fail. */
    public static final class Articles implements PublishedArticles, ArticleCounts {

        public final Map<Long, Article> published = new ConcurrentHashMap<>();
        public final Map<Long, Counts> counts = new ConcurrentHashMap<>();
        int pageCalls;
        int countCalls;
        /** The next this many count calls fail. */
        int failingCounts;

        public void publish(Article article, Counts counted) {
            published.put(article.id(), article);
            counts.put(article.id(), counted);
        }

        public void clear() {
            published.clear();
            counts.clear();
        }

        @Override
        public synchronized Page page(String cursor, int size) {
            pageCalls++;
            List<Article> newestFirst = published.values().stream()
                    .sorted(Comparator.comparing(Article::updatedAt).thenComparing(Article::id).reversed()).toList();
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            List<Article> items = newestFirst.subList(Math.min(from, newestFirst.size()),
                    Math.min(from + size, newestFirst.size()));
            return new Page(List.copyOf(items), from + size < newestFirst.size() ? Integer.toString(from + size) : null);
        }

        @Override
        public List<Article> published(List<Long> ids) {
            return ids.stream().map(published::get).filter(a -> a != null).toList();
        }

        @Override
        public synchronized Map<Long, Counts> of(List<Long> ids) {
            countCalls++;
            if (failingCounts > 0) {
                failingCounts--;
                throw new IllegalStateException("interactive is down");
            }
            Map<Long, Counts> found = new HashMap<>();
            ids.forEach(id -> found.put(id, counts.getOrDefault(id, Counts.ZERO)));
            return found;
        }
    }

    static final class Store implements RankingStore {

        HotList list;
        final Map<Long, Candidate> candidates = new LinkedHashMap<>();
        Instant lastPeriod;
        int published;
        /** When set, every call fails (Redis down). */
        boolean down;

        @Override
        public Optional<HotList> hotList() {
            check();
            return Optional.ofNullable(list);
        }

        @Override
        public void publish(HotList next) {
            check();
            list = next;
            published++;
        }

        @Override
        public Map<Long, Candidate> candidates() {
            check();
            return new HashMap<>(candidates);
        }

        @Override
        public Map<Long, Candidate> candidates(Collection<Long> ids) {
            check();
            Map<Long, Candidate> found = new HashMap<>();
            ids.forEach(id -> {
                if (candidates.containsKey(id)) {
                    found.put(id, candidates.get(id));
                }
            });
            return found;
        }

        @Override
        public void putCandidates(Collection<Candidate> more) {
            check();
            more.forEach(c -> candidates.put(c.id(), c));
        }

        @Override
        public void removeCandidates(Collection<Long> ids) {
            check();
            ids.forEach(candidates::remove);
        }

        @Override
        public void replaceCandidates(Collection<Candidate> all) {
            check();
            candidates.clear();
            putCandidates(new ArrayList<>(all));
        }

        @Override
        public Optional<Instant> lastPeriod() {
            check();
            return Optional.ofNullable(lastPeriod);
        }

        @Override
        public void markPeriod(Instant periodStart) {
            check();
            lastPeriod = periodStart;
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("Redis is down");
            }
        }
    }

    /** In-process locks; {@code heldElsewhere} names locks another instance holds. */
    static final class LocalLocks implements Locks {

        final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
        final java.util.Set<String> heldElsewhere = ConcurrentHashMap.newKeySet();

        @Override
        public <T> Optional<T> ifFree(String name, Supplier<T> body) {
            ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
            if (heldElsewhere.contains(name) || !lock.tryLock()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(body.get());
            } finally {
                lock.unlock();
            }
        }

        @Override
        public <T> T holding(String name, Supplier<T> body) {
            ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
            lock.lock();
            try {
                return body.get();
            } finally {
                lock.unlock();
            }
        }
    }
}
