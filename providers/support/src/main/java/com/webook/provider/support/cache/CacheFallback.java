package com.webook.provider.support.cache;

import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs calls to a cache so that a failing cache (Redis down, a timeout) never fails the request: the
 * failure is logged, counted in {@code webook.cache.degraded{cache, operation}}, and the caller gets
 * an empty answer and carries on with the database. One per cache, named by {@code cache}.
 */
public final class CacheFallback {

    /** The counter of cache failures a caller rode out, tagged with the cache and the operation. */
    public static final String DEGRADED = "webook.cache.degraded";

    private static final Logger log = LoggerFactory.getLogger(CacheFallback.class);

    private final String cache;
    private final MeterRegistry meters;

    public CacheFallback(String cache, MeterRegistry meters) {
        this.cache = cache;
        this.meters = meters;
    }

    /** The call's answer; empty when it answered null or failed. */
    public <T> Optional<T> get(String operation, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException failure) {
            meters.counter(DEGRADED, "cache", cache, "operation", operation).increment();
            log.warn("{} cache {} failed, carrying on without it: {}", cache, operation, failure.toString());
            return Optional.empty();
        }
    }

    /** Runs the call; true when it completed, false when it failed. */
    public boolean run(String operation, Runnable call) {
        return get(operation, () -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
