package com.webook.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreWeightsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static Candidate candidate(long likes, long collects, long reads, Duration age) {
        return new Candidate(new Article(1, 2, "t", "a", NOW.minus(age)), new Counts(likes, collects, reads), NOW);
    }

    @Test
    void theDefaultIsTheReferenceScoreWithTheAgeInHours() {
        double score = ScoreWeights.DEFAULT.score(candidate(11, 5, 1000, Duration.ofHours(7)), NOW);

        assertThat(score).isCloseTo(10 / Math.pow(9, 1.5), within(1e-12));
        assertThat(ScoreWeights.DEFAULT.score(candidate(11, 0, 0, Duration.ofMinutes(90)), NOW))
                .as("an hour and a half, not 5400 'hours'").isCloseTo(10 / Math.pow(3.5, 1.5), within(1e-12));
    }

    @Test
    void weightsCountCollectsAndReadsToo() {
        ScoreWeights weights = new ScoreWeights(1, 2, 0.01, 2, 1);

        assertThat(weights.score(candidate(3, 2, 100, Duration.ofHours(1)), NOW)).isCloseTo((3 + 4 + 1 - 1) / 4.0,
                within(1e-12));
    }

    @Test
    void olderIsCoolerAndMoreLikedIsHotter() {
        ScoreWeights score = ScoreWeights.DEFAULT;
        assertThat(score.score(candidate(10, 0, 0, Duration.ofHours(1)), NOW))
                .isGreaterThan(score.score(candidate(10, 0, 0, Duration.ofHours(30)), NOW))
                .isLessThan(score.score(candidate(11, 0, 0, Duration.ofHours(1)), NOW));
    }

    @Test
    void anArticleFromTheFutureCountsAsNew() {
        assertThat(ScoreWeights.DEFAULT.score(candidate(5, 0, 0, Duration.ofHours(-3)), NOW))
                .isEqualTo(ScoreWeights.DEFAULT.score(candidate(5, 0, 0, Duration.ZERO), NOW));
    }

    @ParameterizedTest
    @CsvSource({"-1, 0, 0, 1.5, 2", "1, NaN, 0, 1.5, 2", "1, 0, Infinity, 1.5, 2", "1, 0, 0, 0, 2", "1, 0, 0, 11, 2",
            "1, 0, 0, 1.5, 0"})
    void weightsOutOfRangeAreRefused(double likes, double collects, double reads, double gravity, double offset) {
        assertThatThrownBy(() -> new ScoreWeights(likes, collects, reads, gravity, offset))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
