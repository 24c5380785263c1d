package com.webook.ranking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.domain.Drift;
import com.webook.ranking.domain.HotList;
import com.webook.ranking.domain.Ranked;
import com.webook.ranking.domain.ScoreWeights;

/**
 * Keeps the hot list true between the job's runs, from the shared candidates: likes and collections
 * recount an article (and make a young one a candidate), a withdrawn article leaves, a republished one is
 * ranked by its new age; and after each run the run's best become the candidates. Every change re-ranks
 * the candidates and publishes the list. Changes are made one at a time across all instances (a short
 * lock), so that none overwrites another's.
 */
public class KeepingHotListFresh {

    static final String LOCK = "ranking:live-lock";

    private final RankingStore store;
    private final PublishedArticles articles;
    private final ArticleCounts counts;
    private final Locks locks;
    private final Supplier<ScoreWeights> weights;
    private final RankingSettings settings;
    private final Clock clock;

    public KeepingHotListFresh(RankingStore store, PublishedArticles articles, ArticleCounts counts, Locks locks,
                               Supplier<ScoreWeights> weights, RankingSettings settings, Clock clock) {
        this.store = store;
        this.articles = articles;
        this.counts = counts;
        this.locks = locks;
        this.weights = weights;
        this.settings = settings;
        this.clock = clock;
    }

    /** The counts of these articles changed: recount them, add the young published ones that are new. */
    public void countsChanged(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        locks.holding(LOCK, () -> {
            Map<Long, Counts> recounted = counts.of(distinct);
            Instant now = clock.instant();
            Map<Long, Candidate> known = store.candidates(distinct);
            List<Candidate> changed = new ArrayList<>();
            known.values().forEach(c -> changed.add(c.withCounts(recounted.getOrDefault(c.id(), c.counts()), now)));
            List<Long> unknown = distinct.stream().filter(id -> !known.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                Instant horizon = now.minus(settings.maxAge());
                for (Article article : articles.published(unknown)) {
                    if (!article.updatedAt().isBefore(horizon)) {
                        changed.add(new Candidate(article, recounted.getOrDefault(article.id(), Counts.ZERO), now));
                    }
                }
            }
            if (!changed.isEmpty()) {
                store.putCandidates(changed);
                rerank(now);
            }
            return null;
        });
    }

    /**
     * These articles' published copies changed (published, republished, withdrawn): a withdrawn candidate
     * goes, a changed one is ranked as it is now. Most changes are of articles that are not candidates,
     * and cost one look-up.
     */
    public void articlesChanged(Collection<Long> ids) {
        if (store.candidates(ids).isEmpty()) {
            return;
        }
        locks.holding(LOCK, () -> {
            Map<Long, Candidate> known = store.candidates(ids);
            if (known.isEmpty()) {
                return null;
            }
            Map<Long, Article> published = byId(articles.published(List.copyOf(known.keySet())));
            List<Long> gone = known.keySet().stream().filter(id -> !published.containsKey(id)).toList();
            List<Candidate> changed = known.values().stream().filter(c -> published.containsKey(c.id()))
                    .map(c -> c.withArticle(published.get(c.id()))).toList();
            store.removeCandidates(gone);
            store.putCandidates(changed);
            rerank(clock.instant());
            return null;
        });
    }

    /**
     * After a run: its best (hottest first, counted from {@code runStartedAt} on) become the candidates,
     * except what changed since it read them: articles withdrawn since are left out, and a live update
     * counted after the run did wins. Answers how far the live list was from this recompute.
     */
    public Drift replaceAfterRun(List<Ranked> best, Instant runStartedAt) {
        return locks.holding(LOCK, () -> {
            Map<Long, Article> published = byId(articles.published(best.stream().map(Ranked::id).toList()));
            Instant now = clock.instant();
            Map<Long, Candidate> live = store.candidates();
            Map<Long, Candidate> merged = new HashMap<>();
            for (Ranked ranked : best) {
                Article article = published.get(ranked.id());
                if (article != null) {
                    merged.put(ranked.id(), ranked.candidate().withArticle(article));
                }
            }
            for (Candidate candidate : live.values()) {
                Candidate fromRun = merged.get(candidate.id());
                Instant runRead = fromRun == null ? runStartedAt : fromRun.countedAt();
                if (candidate.countedAt().isAfter(runRead)) {
                    merged.put(candidate.id(), candidate);
                }
            }
            List<Ranked> liveNow = rank(live.values(), now);
            List<Ranked> ranked = rank(merged.values(), now);
            store.replaceCandidates(ranked.stream().limit(settings.maxCandidates()).map(Ranked::candidate).toList());
            HotList next = new HotList(top(ranked), now, now);
            store.publish(next);
            return live.isEmpty() ? Drift.noLiveList(next.items().size())
                    : Drift.between(ids(top(liveNow)), next.ids());
        });
    }

    /** Ranks every candidate as of {@code now}, drops those too old or too many, publishes the list. */
    private void rerank(Instant now) {
        Map<Long, Candidate> all = store.candidates();
        List<Ranked> ranked = rank(all.values(), now);
        Set<Long> keep = ranked.stream().limit(settings.maxCandidates()).map(Ranked::id).collect(Collectors.toSet());
        if (keep.size() < all.size()) {
            store.removeCandidates(all.keySet().stream().filter(id -> !keep.contains(id)).toList());
        }
        Instant reconciledAt = store.hotList().map(HotList::reconciledAt).orElse(null);
        store.publish(new HotList(top(ranked), now, reconciledAt));
    }

    /** The young ones, ranked as of {@code now}, hottest first. */
    private List<Ranked> rank(Collection<Candidate> candidates, Instant now) {
        ScoreWeights score = weights.get();
        Instant horizon = now.minus(settings.maxAge());
        return candidates.stream().filter(c -> !c.article().updatedAt().isBefore(horizon))
                .map(c -> score.rank(c, now)).sorted(Ranked.HOTTEST_FIRST).toList();
    }

    private List<Ranked> top(List<Ranked> ranked) {
        return ranked.subList(0, Math.min(settings.size(), ranked.size()));
    }

    private static List<Long> ids(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::id).toList();
    }

    private static Map<Long, Article> byId(List<Article> found) {
        Map<Long, Article> byId = new HashMap<>();
        found.forEach(a -> byId.put(a.id(), a));
        return byId;
    }
}
