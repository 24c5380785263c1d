package com.webook.interactive.domain;

import java.util.List;

/** Where reads are counted. */
public interface ReadCounter {

    /**
     * Counts a batch of reads in one transaction: events whose id was counted before (in this batch or an
     * earlier one) are dropped, the rest are added to their objects' read counts and remembered.
     */
    ReadsApplied apply(List<ReadEvent> events);
}
