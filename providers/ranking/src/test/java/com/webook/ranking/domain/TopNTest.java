package com.webook.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TopNTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void keepsTheBestOfTenThousandRandomArticlesExactlyAsAFullSortDoes() {
        Random random = new Random(42);
        List<Ranked> all = new ArrayList<>();
        TopN top = new TopN(100);
        for (long id = 1; id <= 10_000; id++) {
            Candidate candidate = new Candidate(new Article(id, 1, "t", "a",
                    NOW.minus(Duration.ofMinutes(random.nextInt(7 * 24 * 60)))),
                    new Counts(random.nextInt(500), random.nextInt(50), random.nextInt(5000)), NOW);
            Ranked ranked = ScoreWeights.DEFAULT.rank(candidate, NOW);
            all.add(ranked);
            top.offer(ranked);
        }
        all.sort(Ranked.HOTTEST_FIRST);

        assertThat(top.hottestFirst()).containsExactlyElementsOf(all.subList(0, 100));
    }

    @Test
    void tiesAreBrokenByTheNewerThenTheHigherIdSoEveryRankingAgrees() {
        TopN top = new TopN(2);
        Ranked older = ranked(1, Duration.ofHours(2), 1.0);
        Ranked newerLowId = ranked(2, Duration.ofHours(1), 1.0);
        Ranked newerHighId = ranked(3, Duration.ofHours(1), 1.0);
        top.offer(older);
        top.offer(newerLowId);
        top.offer(newerHighId);

        assertThat(top.hottestFirst()).containsExactly(newerHighId, newerLowId);
    }

    @Test
    void keepsFewerWhenFewerWereOffered() {
        TopN top = new TopN(100);
        top.offer(ranked(1, Duration.ZERO, 3));
        top.offer(ranked(2, Duration.ZERO, 5));

        assertThat(top.hottestFirst()).extracting(Ranked::id).containsExactly(2L, 1L);
    }

    private static Ranked ranked(long id, Duration age, double score) {
        return new Ranked(new Candidate(new Article(id, 1, "t", "a", NOW.minus(age)), Counts.ZERO, NOW), score);
    }
}
