package com.webook.ranking.domain;

import java.time.Instant;
import java.util.List;

/**
 * The hot list, hottest first. {@code computedAt}: when it was last ranked (by the job or by a live update);
 * {@code reconciledAt}: when the job last ranked it from every recent article. Both null before the first.
 */
public record HotList(List<Ranked> items, Instant computedAt, Instant reconciledAt) {

    public static final HotList NONE = new HotList(List.of(), null, null);

    public HotList {
        items = List.copyOf(items);
    }

    public List<Long> ids() {
        return items.stream().map(Ranked::id).toList();
    }
}
