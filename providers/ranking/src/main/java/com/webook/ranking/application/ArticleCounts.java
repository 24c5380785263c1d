package com.webook.ranking.application;

import java.util.List;
import java.util.Map;

import com.webook.ranking.domain.Counts;

/** The interactive context's counts, many articles per call. */
public interface ArticleCounts {

    /** The counts of each of {@code ids} (zeros for an article nobody touched yet). */
    Map<Long, Counts> of(List<Long> ids);
}
