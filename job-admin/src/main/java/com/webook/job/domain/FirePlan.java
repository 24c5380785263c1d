package com.webook.job.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runs a job fires in one pass of the scheduler, and its next fire time afterwards: every fire time
 * from the job's {@code nextFireAt} up to {@code now + window} (at most {@code maxFires}), unless the first
 * is older than the misfire threshold, in which case the misfire policy decides: skip them all, or fire
 * once now (keyed by the first missed time, so the catch-up is itself fired once).
 */
public record FirePlan(List<Fire> fires, Instant nextFireAt, int missed) {

    /** One run to insert: its time and the key that makes it once. */
    public record Fire(Instant scheduledAt, String fireKey, TriggerType type) {
    }

    public static String scheduleKey(Instant at) {
        return "S" + at.toEpochMilli();
    }

    public static FirePlan of(Schedule schedule, Misfire misfire, Instant nextFireAt, Instant now, Duration window,
                              Duration misfireThreshold, int maxFires) {
        Instant horizon = now.plus(window);
        if (nextFireAt == null || nextFireAt.isAfter(horizon)) {
            return new FirePlan(List.of(), nextFireAt, 0);
        }
        List<Fire> fires = new ArrayList<>();
        if (nextFireAt.isBefore(now.minus(misfireThreshold))) {
            int missed = 0;
            Instant next = nextFireAt;
            while (next != null && !next.isAfter(now) && missed < 10_000) {
                missed++;
                next = schedule.nextAfter(next).orElse(null);
            }
            if (next != null && !next.isAfter(now)) {
                // more than 10,000 missed: jump from now instead of walking every one of them
                next = schedule.nextAfter(now).orElse(null);
            }
            if (misfire == Misfire.FIRE_ONCE_NOW) {
                fires.add(new Fire(now, scheduleKey(nextFireAt), TriggerType.MISFIRE));
            }
            return new FirePlan(fires, next, missed);
        }
        Instant next = nextFireAt;
        while (next != null && !next.isAfter(horizon) && fires.size() < maxFires) {
            fires.add(new Fire(next, scheduleKey(next), TriggerType.SCHEDULE));
            next = schedule.nextAfter(next).orElse(null);
        }
        return new FirePlan(fires, next, 0);
    }

    public Optional<Instant> next() {
        return Optional.ofNullable(nextFireAt);
    }
}
