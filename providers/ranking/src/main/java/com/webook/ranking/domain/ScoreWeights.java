package com.webook.ranking.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How hot an article is: {@code (likes·l + collects·c + reads·r − 1) / (hours since update + offset)^gravity}.
 * With the defaults (l = 1, c = r = 0, gravity 1.5, offset 2 hours) it is the score webook's users know,
 * {@code (likes − 1) / (hours + 2)^1.5}, with the age in hours as it was meant (the Go code counted seconds).
 * The "− 1" discounts the like an author usually gives their own article. Kept in the config center, so
 * that operators tune it without a restart.
 */
public record ScoreWeights(double likes, double collects, double reads, double gravity, double offsetHours) {

    public static final ScoreWeights DEFAULT = new ScoreWeights(1, 0, 0, 1.5, 2);

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    public ScoreWeights {
        requireBetween("likes", likes, 0, 1_000_000);
        requireBetween("collects", collects, 0, 1_000_000);
        requireBetween("reads", reads, 0, 1_000_000);
        requireBetween("gravity", gravity, 0.01, 10);
        requireBetween("offsetHours", offsetHours, 0.01, 1_000);
    }

    private static void requireBetween(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    public double score(Candidate candidate, Instant now) {
        Counts counts = candidate.counts();
        double weighted = likes * counts.likes() + collects * counts.collects() + reads * counts.reads() - 1;
        long ageMillis = Math.max(0, Duration.between(candidate.article().updatedAt(), now).toMillis());
        return weighted / Math.pow(ageMillis / MILLIS_PER_HOUR + offsetHours, gravity);
    }

    public Ranked rank(Candidate candidate, Instant now) {
        return new Ranked(candidate, score(candidate, now));
    }
}
