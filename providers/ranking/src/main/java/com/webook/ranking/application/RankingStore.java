package com.webook.ranking.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.HotList;

/**
 * What every ranking instance shares (Redis): the hot list they serve, the candidates it is ranked from
 * between runs (the best of the last run and the articles liked since), and when the job last ran.
 */
public interface RankingStore {

    /** The list as last published, if it has not expired. */
    Optional<HotList> hotList();

    /** Stores the list (expiring some time after the next run should have replaced it) and announces it. */
    void publish(HotList list);

    Map<Long, Candidate> candidates();

    /** Those of {@code ids} that are candidates. */
    Map<Long, Candidate> candidates(Collection<Long> ids);

    void putCandidates(Collection<Candidate> candidates);

    void removeCandidates(Collection<Long> ids);

    /** Replaces every candidate at once. */
    void replaceCandidates(Collection<Candidate> candidates);

    /** The start of the last period the job computed the list for (timer mode), if any. */
    Optional<Instant> lastPeriod();

    void markPeriod(Instant periodStart);
}
