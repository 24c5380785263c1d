package com.webook.ranking.domain;

import java.util.Comparator;

/** A candidate with the score it was ranked by. */
public record Ranked(Candidate candidate, double score) {

    /**
     * Hottest first: by score, then the more recently updated, then the higher id, so that every ranking of
     * the same candidates gives the same order.
     */
    public static final Comparator<Ranked> HOTTEST_FIRST = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing((Ranked r) -> r.candidate().article().updatedAt(), Comparator.reverseOrder())
            .thenComparing(Ranked::id, Comparator.reverseOrder());

    public long id() {
        return candidate.id();
    }
}
