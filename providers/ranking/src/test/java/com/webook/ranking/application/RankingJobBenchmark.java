package com.webook.ranking.application;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.domain.ScoreWeights;

/**
 * The job's own time and memory, apart from the stores: one run over N generated articles (pages made on
 * the fly, so nothing but the job holds them) for each N given, with the live heap (after a full GC)
 * sampled every 20 pages. Run by bench/ranking/heap.sh. Arguments: article counts, e.g. 50000 200000.
 */
public final class RankingJobBenchmark {

    private RankingJobBenchmark() {
    }

    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (String arg : args.length == 0 ? new String[] {"50000", "200000"} : args) {
            int articles = Integer.parseInt(arg);
            for (int round = 0; round < 2; round++) { // the first warms the JIT
                Generated source = new Generated(articles, memory);
                InMemoryRanking.Store store = new InMemoryRanking.Store();
                InMemoryRanking.LocalLocks locks = new InMemoryRanking.LocalLocks();
                RankingSettings settings = new RankingSettings(Duration.ofDays(7), 100, 1000, 5000, 500);
                Clock clock = Clock.systemUTC();
                KeepingHotListFresh fresh = new KeepingHotListFresh(store, source, source, locks,
                        () -> ScoreWeights.DEFAULT, settings, clock);
                ComputingHotList computing = new ComputingHotList(source, source, fresh, store, locks,
                        () -> ScoreWeights.DEFAULT, settings, clock, Duration.ZERO);
                System.gc();
                long before = memory.getHeapMemoryUsage().getUsed();
                source.baseline = before;
                ComputingHotList.Report report = computing.runAlone().orElseThrow();
                if (round == 1) {
                    System.out.printf("%,d articles: %d pages in %,d ms (the sampling GCs left out); live heap before"
                                    + " the run %.2f MB, largest during it %.2f MB (%d samples); %d listed%n",
                            report.articles(), report.pages(), report.took().toMillis() - source.gcMillis,
                            before / 1e6, source.largestLive / 1e6, source.samples, report.listed());
                }
            }
        }
    }

    /** Pages of generated articles, newest first, spread over the last 6.9 days, with random counts. */
    private static final class Generated implements PublishedArticles, ArticleCounts {

        private final int total;
        private final MemoryMXBean memory;
        private final Instant now = Instant.now();
        private final long spanMillis = Duration.ofHours(6 * 24 + 21).toMillis();
        long baseline;
        long largestLive;
        int samples;
        long gcMillis;
        private int pages;

        Generated(int total, MemoryMXBean memory) {
            this.total = total;
            this.memory = memory;
        }

        @Override
        public Page page(String cursor, int size) {
            if (++pages % 20 == 0) {
                long began = System.nanoTime();
                System.gc();
                largestLive = Math.max(largestLive, memory.getHeapMemoryUsage().getUsed());
                samples++;
                gcMillis += (System.nanoTime() - began) / 1_000_000;
            }
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(total, from + size);
            List<Article> items = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                long id = 30_000_001L + i;
                items.add(new Article(id, 1, "Bench article " + id, "abstract ".repeat(14),
                        now.minusMillis(spanMillis * i / total)));
            }
            return new Page(items, to < total ? Integer.toString(to) : null);
        }

        @Override
        public List<Article> published(List<Long> ids) {
            List<Article> found = new ArrayList<>();
            for (long id : ids) {
                int i = (int) (id - 30_000_001L);
                found.add(new Article(id, 1, "Bench article " + id, "abstract", now.minusMillis(spanMillis * i / total)));
            }
            return found;
        }

        @Override
        public Map<Long, Counts> of(List<Long> ids) {
            Map<Long, Counts> counts = new HashMap<>();
            for (long id : ids) {
                SplittableRandom random = new SplittableRandom(id);
                counts.put(id, new Counts(random.nextInt(1000), random.nextInt(100), random.nextInt(10_000)));
            }
            return counts;
        }
    }
}
