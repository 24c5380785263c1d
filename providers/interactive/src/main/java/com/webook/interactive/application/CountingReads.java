package com.webook.interactive.application;

import java.util.List;

import com.webook.interactive.domain.FirstReads;
import com.webook.interactive.domain.ReadCounter;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReadsApplied;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts a batch of read events once each, and a reader's reads of an object once per period (see
 * {@link FirstReads}), and measures it: {@code webook.interactive.read.events} by outcome
 * ({@code applied}, {@code duplicate}, {@code repeat}; the consumer adds {@code dead_lettered}),
 * {@code webook.interactive.read.batch} (time) and {@code webook.interactive.read.batch.size}.
 */
public class CountingReads {

    public static final String EVENTS = "webook.interactive.read.events";

    private final ReadCounter counter;
    private final FirstReads firstReads;
    private final Counter applied;
    private final Counter repeats;
    private final Counter duplicates;
    private final Timer batchTime;
    private final DistributionSummary batchSize;

    /** Every read counts: no period per reader. */
    public CountingReads(ReadCounter counter, MeterRegistry meters) {
        this(counter, FirstReads.EVERY_READ, meters);
    }

    public CountingReads(ReadCounter counter, FirstReads firstReads, MeterRegistry meters) {
        this.counter = counter;
        this.firstReads = firstReads;
        this.applied = meters.counter(EVENTS, "outcome", "applied");
        this.repeats = meters.counter(EVENTS, "outcome", "repeat");
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
        List<ReadEvent> counted = firstReads.firstOfTheirReaders(events);
        repeats.increment(events.size() - counted.size());
        if (counted.isEmpty()) {
            return new ReadsApplied(0, 0);
        }
        ReadsApplied result = batchTime.record(() -> counter.apply(counted));
        batchSize.record(counted.size());
        applied.increment(result.applied());
        duplicates.increment(result.duplicates());
        return result;
    }
}
