package com.webook.job.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.webook.job.domain.RunState;

/** The console's front page: runs of the last day by state, recent fire lag, executors and admins. */
public final class ReadingDashboard {

    static final int LAG_SAMPLES = 2000;

    public record Lag(long p50Ms, long p99Ms, long maxMs, int samples) {
    }

    public record Dashboard(Map<RunState, Long> runsLastDay, Lag fireLag, int executorsLive, int executorsKnown,
                            Map<String, Integer> partitionsByAdmin, int partitions,
                            Map<java.time.LocalDate, Map<RunState, Long>> lastDays) {
    }

    static final int DAYS = 7;

    private final RunStore runs;
    private final ExecutorStore executors;
    private final ExecutorApps apps;
    private final LeaseStore leases;
    private final DatabaseClock clock;

    public ReadingDashboard(RunStore runs, ExecutorStore executors, ExecutorApps apps, LeaseStore leases,
                            DatabaseClock clock) {
        this.runs = runs;
        this.executors = executors;
        this.apps = apps;
        this.leases = leases;
        this.clock = clock;
    }

    public Dashboard read(Operator operator) {
        Map<RunState, Long> counts = runs.countSince(operator.scope(), clock.instant().minus(Duration.ofDays(1)));
        List<Long> lags = new ArrayList<>(runs.recentLags(operator.scope(), LAG_SAMPLES));
        Collections.sort(lags);
        Lag lag = lags.isEmpty() ? new Lag(0, 0, 0, 0)
                : new Lag(at(lags, 0.5), at(lags, 0.99), lags.get(lags.size() - 1), lags.size());
        int live = 0;
        int known = 0;
        for (ExecutorApps.Access access : apps.all()) {
            if (operator.mayOperate(access.app())) {
                for (ExecutorStore.Instance instance : executors.instances(access.app())) {
                    known++;
                    live += instance.live() ? 1 : 0;
                }
            }
        }
        Map<String, Integer> byAdmin = new TreeMap<>();
        Map<Integer, String> owners = leases.owners();
        owners.values().forEach(owner -> byAdmin.merge(owner == null ? "(unowned)" : owner, 1, Integer::sum));
        Map<java.time.LocalDate, Map<RunState, Long>> days = new TreeMap<>();
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        for (RunStore.DayCount count : runs.dailyCounts(operator.scope(), today.minusDays(DAYS - 1))) {
            days.computeIfAbsent(count.day(), d -> new TreeMap<>()).put(count.state(), count.runs());
        }
        return new Dashboard(counts, lag, live, known, byAdmin, owners.size(), days);
    }

    static long at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return Math.max(0, sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
    }
}
