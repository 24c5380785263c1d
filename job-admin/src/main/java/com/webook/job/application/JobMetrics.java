package com.webook.job.application;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.webook.job.domain.RunState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * job-admin's figures in {@code /actuator/prometheus}: fire lag (from a run's scheduled time to its send),
 * runs by how they ended, fire times missed, and each app's live executors.
 */
public final class JobMetrics {

    private final MeterRegistry registry;
    private final Timer fireLag;
    private final Counter missed;
    private final Map<RunState, Counter> ended = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> executorsUp = new ConcurrentHashMap<>();

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.fireLag = Timer.builder("webook.job.fire.lag")
                .description("From a run's scheduled time to its send to an executor")
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
                        Duration.ofSeconds(5))
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        this.missed = Counter.builder("webook.job.fires.missed")
                .description("Fire times that passed while no admin could fire them (by misfire policy)")
                .register(registry);
    }

    public void sent(Duration lag) {
        fireLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }

    public void missed(int count) {
        missed.increment(count);
    }

    public void ended(RunState state) {
        ended.computeIfAbsent(state, s -> Counter.builder("webook.job.runs")
                .description("Runs by how they ended")
                .tag("result", s.name().toLowerCase())
                .register(registry)).increment();
    }

    public void executorsUp(String app, int count) {
        executorsUp.computeIfAbsent(app, a -> {
            AtomicInteger gauge = new AtomicInteger();
            registry.gauge("webook.job.executors.up", io.micrometer.core.instrument.Tags.of("app", a), gauge);
            return gauge;
        }).set(count);
    }
}
