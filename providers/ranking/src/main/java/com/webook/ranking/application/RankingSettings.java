package com.webook.ranking.application;

import java.time.Duration;

/**
 * What the ranking is over and how much it keeps.
 *
 * @param maxAge        articles updated longer ago than this are not ranked
 * @param size          how many articles the served list holds
 * @param candidates    how many of the best a run keeps as candidates for the live list (more than
 *                      {@code size}, so that articles just below the list can climb with likes before the
 *                      next run)
 * @param maxCandidates most candidates kept between runs (newly liked articles are added); the coolest go
 * @param pageSize      articles read per page (and counts per call) by a run
 */
public record RankingSettings(Duration maxAge, int size, int candidates, int maxCandidates, int pageSize) {

    public RankingSettings {
        if (maxAge.isNegative() || maxAge.isZero() || size < 1 || candidates < size || maxCandidates < candidates
                || pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("ranking settings out of range: maxAge " + maxAge + ", size " + size
                    + ", candidates " + candidates + ", maxCandidates " + maxCandidates + ", pageSize " + pageSize);
        }
    }
}
