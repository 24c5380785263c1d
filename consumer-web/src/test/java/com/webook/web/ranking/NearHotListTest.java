package com.webook.web.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.webook.api.ranking.v1.HotList;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class NearHotListTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private volatile RuntimeException down;

    private final NearHotList near = new NearHotList((offset, limit) -> {
        calls.incrementAndGet();
        if (down != null) {
            throw down;
        }
        return new HotList(List.of(), 0, Instant.now(), Instant.now(), false);
    }, Duration.ofMillis(100), Duration.ofMillis(1500), new SimpleMeterRegistry(), now::get);

    private void later(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void aCopyIsFetchedOncePerRefreshAndAnOldOneIsNeverAnsweredAsNew() {
        HotList first = near.whole();
        assertThat(near.whole()).isSameAs(first);
        assertThat(calls).hasValue(1);

        later(150);
        assertThat(near.whole()).as("the request that finds it old fetches it").isNotSameAs(first);
        assertThat(calls).hasValue(2);
    }

    @Test
    void whileTheProviderIsDownTheCopyIsServedMarkedStaleLaterAndNotBeyondItsKeep() {
        HotList held = near.whole();
        down = new IllegalStateException("ranking is down");
        later(150);

        assertThat(near.whole()).isSameAs(held);
        assertThat(near.whole()).isSameAs(held);
        assertThat(calls).as("asked again once per refresh, not per request").hasValue(2);

        later(500);
        assertThat(near.whole().stale()).as("five refreshes old").isTrue();
        assertThat(near.whole().computedAt()).isEqualTo(held.computedAt());

        later(1000);
        assertThatThrownBy(near::whole).hasMessage("ranking is down");

        down = null;
        later(150);
        assertThat(near.whole().stale()).as("asked again a refresh later").isFalse();
    }

    @Test
    void withNothingHeldTheCallsErrorIsTheAnswerAndTheProviderIsAskedOncePerRefresh() {
        down = new IllegalStateException("ranking is down");

        assertThatThrownBy(near::whole).hasMessage("ranking is down");
        assertThatThrownBy(near::whole).hasMessage("ranking is down");
        assertThat(calls).as("callers behind a failed fetch do not each wait for another").hasValue(1);

        later(150);
        down = null;
        assertThat(near.whole().stale()).isFalse();
        assertThat(calls).hasValue(2);
    }
}
