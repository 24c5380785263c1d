package com.webook.ranking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.domain.Drift;
import com.webook.ranking.domain.ScoreWeights;
import com.webook.ranking.domain.TopN;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job: ranks every article updated within the age limit, one instance at a time. It walks the
 * published articles newest first by cursor (no offset paging over a moving table, which skips and
 * repeats), asks the counts of each page in one call (reading the next page meanwhile), keeps the best in
 * a bounded heap and stops at the age limit. A page whose articles or counts cannot be had is asked again a few times; if it still
 * fails the run fails and the list as it was stays served (the next run, or job-admin's retry, tries
 * again). The run's best then replace the live candidates ({@link KeepingHotListFresh#replaceAfterRun}).
 */
public class ComputingHotList {

    static final String LOCK = "ranking:job-lock";
    private static final Logger log = LoggerFactory.getLogger(ComputingHotList.class);
    private static final int ATTEMPTS = 3;

    /**
     * What one run did: how long it waited for pages of articles ({@code reading}) and for their counts
     * ({@code counting}), the rest being its own work.
     */
    public record Report(int articles, int pages, int listed, Duration took, Duration reading, Duration counting,
                         Drift drift) {

        @Override
        public String toString() {
            return "ranked " + articles + " articles in " + pages + " pages in " + took.toMillis() + " ms (articles "
                    + reading.toMillis() + " ms, counts " + counting.toMillis() + " ms); " + listed
                    + " listed; drift of the live list: " + drift;
        }
    }

    private final PublishedArticles articles;
    private final ArticleCounts counts;
    private final KeepingHotListFresh fresh;
    private final RankingStore store;
    private final Locks locks;
    private final Supplier<ScoreWeights> weights;
    private final RankingSettings settings;
    private final Clock clock;
    private final Duration retryBackoff;

    public ComputingHotList(PublishedArticles articles, ArticleCounts counts, KeepingHotListFresh fresh,
                            RankingStore store, Locks locks, Supplier<ScoreWeights> weights, RankingSettings settings,
                            Clock clock, Duration retryBackoff) {
        this.articles = articles;
        this.counts = counts;
        this.fresh = fresh;
        this.store = store;
        this.locks = locks;
        this.weights = weights;
        this.settings = settings;
        this.clock = clock;
        this.retryBackoff = retryBackoff;
    }

    /** One run, unless another instance is running one now: empty then. */
    public Optional<Report> runAlone() {
        return locks.ifFree(LOCK, this::run);
    }

    /**
     * One run for the period starting at {@code periodStart}, unless another instance is running one or
     * one already ran for it: however the instances' timers fall, each period is computed once.
     */
    public Optional<Report> runForPeriod(Instant periodStart) {
        return locks.ifFree(LOCK, () -> {
            if (store.lastPeriod().filter(last -> !last.isBefore(periodStart)).isPresent()) {
                return null;
            }
            Report report = run();
            store.markPeriod(periodStart);
            return report;
        });
    }

    /**
     * While the counts of one page are asked, the next page of articles is already being read (on a thread
     * of the run's own), so a run takes about the longer of the two, not their sum.
     */
    Report run() {
        long began = System.nanoTime();
        Instant started = clock.instant();
        ScoreWeights score = weights.get();
        Instant horizon = started.minus(settings.maxAge());
        TopN best = new TopN(settings.candidates());
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ranking-page-reader");
            thread.setDaemon(true);
            return thread;
        });
        int seen = 0;
        int pages = 0;
        long reading = 0;
        long counting = 0;
        try {
            Future<PublishedArticles.Page> next = reader.submit(() -> readPage(null));
            while (true) {
                long asked = System.nanoTime();
                PublishedArticles.Page page = await(next);
                reading += System.nanoTime() - asked;
                pages++;
                List<Article> young = page.items().stream().takeWhile(a -> !a.updatedAt().isBefore(horizon)).toList();
                boolean last = young.size() < page.items().size() || page.next() == null;
                if (!last) {
                    next = reader.submit(() -> readPage(page.next()));
                }
                if (!young.isEmpty()) {
                    asked = System.nanoTime();
                    Map<Long, Counts> counted = retrying("the counts of a page",
                            () -> counts.of(young.stream().map(Article::id).toList()));
                    counting += System.nanoTime() - asked;
                    Instant countedAt = clock.instant();
                    for (Article article : young) {
                        best.offer(score.rank(new Candidate(article, counted.getOrDefault(article.id(), Counts.ZERO),
                                countedAt), started));
                    }
                    seen += young.size();
                }
                if (last) {
                    break;
                }
            }
        } finally {
            reader.shutdownNow();
        }
        Drift drift = fresh.replaceAfterRun(best.hottestFirst(), started);
        Report report = new Report(seen, pages, Math.min(settings.size(), best.size()),
                Duration.ofNanos(System.nanoTime() - began), Duration.ofNanos(reading), Duration.ofNanos(counting), drift);
        log.info("hot list: {}", report);
        return report;
    }

    private PublishedArticles.Page readPage(String cursor) {
        return retrying("a page of articles", () -> articles.page(cursor, settings.pageSize()));
    }

    /** The page being read; interrupting the run (job-admin's timeout) stops the wait. */
    private static PublishedArticles.Page await(Future<PublishedArticles.Page> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped (interrupted); the list stays as it was", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    private <T> T retrying(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RuntimeException failure) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("stopped (interrupted) while reading " + what
                            + "; the list stays as it was", failure);
                }
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("could not read " + what + " after " + ATTEMPTS + " attempts; the"
                            + " list stays as it was", failure);
                }
                log.warn("could not read {} (attempt {} of {}), trying again: {}", what, attempt, ATTEMPTS,
                        failure.toString());
                pause(retryBackoff.multipliedBy(attempt));
            }
        }
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
