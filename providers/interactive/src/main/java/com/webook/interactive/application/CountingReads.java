package com.webook.interactive.application;

import java.util.List;

import com.webook.interactive.domain.ReadCounter;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReadsApplied;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts a batch of read events once each, and measures it: {@code webook.interactive.read.events}
 * by outcome ({@code applied}, {@code duplicate}; the consumer adds {@code dead_lettered}),
 * {@code webook.interactive.read.batch} (time) and {@code webook.interactive.read.batch.size}.
 */
public class CountingReads {

    public static final String EVENTS = "webook.interactive.read.events";

    private final ReadCounter counter;
    private final Counter applied;
    private final Counter duplicates;
    private final Timer batchTime;
    private final DistributionSummary batchSize;

    public CountingReads(ReadCounter counter, MeterRegistry meters) {
        this.counter = counter;
        this.applied = meters.counter(EVENTS, "outcome", "applied");
        this.duplicates = meters.counter(EVENTS, "outcome", "duplicate");
        this.batchTime = Timer.builder("webook.interactive.read.batch")
                .description("Time to apply one batch of read events to MySQL").register(meters);
        this.batchSize = DistributionSummary.builder("webook.interactive.read.batch.size")
                .description("Read events per applied batch").register(meters);
    }

    public ReadsApplied count(List<ReadEvent> events) {
        if (events.isEmpty()) {
            return new ReadsApplied(0, 0);
        }
        ReadsApplied result = batchTime.record(() -> counter.apply(events));
        batchSize.record(events.size());
        applied.increment(result.applied());
        duplicates.increment(result.duplicates());
        return result;
    }
}
