package com.webook.api.ranking.v1;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A part of the hot list. {@code total} is how many articles the whole list holds (at most
 * {@link RankingService#MAX_ITEMS}). {@code computedAt} is when the list was last computed, by the periodic
 * job or by live updates between its runs; {@code reconciledAt} when the job last computed it from all
 * articles; both are null before the first computation. {@code stale} is true when this instance could not
 * confirm the list is current (Redis unreachable) and answers the last copy it held.
 */
public record HotList(List<HotArticle> items, int total, Instant computedAt, Instant reconciledAt, boolean stale)
        implements Serializable {

    public HotList {
        items = List.copyOf(items);
    }
}
