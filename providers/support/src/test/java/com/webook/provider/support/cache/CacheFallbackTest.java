package com.webook.provider.support.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;

class CacheFallbackTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CacheFallback fallback = new CacheFallback("things", meters);

    @Test
    void anAnswerIsPassedOn() {
        assertThat(fallback.get("get", () -> "hit")).contains("hit");
        assertThat(fallback.get("get", () -> null)).isEmpty();
        assertThat(fallback.run("put", () -> { })).isTrue();
        assertThat(meters.find("webook.cache.degraded").counters()).isEmpty();
    }

    @Test
    void aFailureIsAnEmptyAnswerAndIsCountedPerOperation() {
        assertThat(fallback.get("get", () -> {
            throw new RedisConnectionFailureException("down");
        })).isEmpty();
        assertThat(fallback.run("put", () -> {
            throw new IllegalStateException("timeout");
        })).isFalse();

        assertThat(meters.get("webook.cache.degraded").tags("cache", "things", "operation", "get").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("webook.cache.degraded").tags("cache", "things", "operation", "put").counter().count())
                .isEqualTo(1);
    }
}
