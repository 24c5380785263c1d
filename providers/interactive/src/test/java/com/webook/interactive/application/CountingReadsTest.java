package com.webook.interactive.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReadsApplied;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class CountingReadsTest {

    private final InMemoryInteractions store = new InMemoryInteractions();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CountingReads counting = new CountingReads(store, meters);
    private final BizObject a = new BizObject("article", 1);
    private final BizObject b = new BizObject("article", 2);

    @Test
    void eachEventCountsOnceAcrossBatchesAndWithinOne() {
        ReadsApplied first = counting.count(List.of(new ReadEvent("e1", a), new ReadEvent("e2", a), new ReadEvent("e3", b)));
        ReadsApplied again = counting.count(List.of(new ReadEvent("e2", a), new ReadEvent("e4", b), new ReadEvent("e4", b)));

        assertThat(first).isEqualTo(new ReadsApplied(3, 0));
        assertThat(again).isEqualTo(new ReadsApplied(1, 2));
        assertThat(store.of(a)[0]).isEqualTo(2);
        assertThat(store.of(b)[0]).isEqualTo(2);
        assertThat(meters.counter(CountingReads.EVENTS, "outcome", "applied").count()).isEqualTo(4);
        assertThat(meters.counter(CountingReads.EVENTS, "outcome", "duplicate").count()).isEqualTo(2);
        assertThat(meters.summary("webook.interactive.read.batch.size").totalAmount()).isEqualTo(6);
        assertThat(meters.timer("webook.interactive.read.batch").count()).isEqualTo(2);
    }

    @Test
    void aReadersRepeatsAreNotCountedAndAreMeasured() {
        // A reader's first read of an object counts; the fake remembers (object, reader) pairs.
        java.util.Set<String> seen = new java.util.HashSet<>();
        CountingReads once = new CountingReads(store, events -> events.stream()
                .filter(event -> event.reader() == null || seen.add(event.target() + event.reader())).toList(), meters);

        ReadsApplied applied = once.count(List.of(new ReadEvent("e1", a, "user:7"), new ReadEvent("e2", a, "user:7"),
                new ReadEvent("e3", a, "user:8"), new ReadEvent("e4", a), new ReadEvent("e5", a)));

        assertThat(applied).isEqualTo(new ReadsApplied(4, 0));
        assertThat(store.of(a)[0]).isEqualTo(4);
        assertThat(meters.counter(CountingReads.EVENTS, "outcome", "repeat").count()).isEqualTo(1);
    }

    @Test
    void anEmptyBatchTouchesNothing() {
        store.failing = new IllegalStateException("must not be called");

        assertThat(counting.count(List.of())).isEqualTo(new ReadsApplied(0, 0));
    }

    @Test
    void aFailingStoreFailsTheBatchAndCountsNothingApplied() {
        store.failing = new IllegalStateException("MySQL down");

        assertThatThrownBy(() -> counting.count(List.of(new ReadEvent("e1", a)))).hasMessage("MySQL down");
        assertThat(meters.counter(CountingReads.EVENTS, "outcome", "applied").count()).isZero();
    }
}
