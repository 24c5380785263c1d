package com.webook.job.domain;

import java.time.Instant;

/** A run to insert as SCHEDULED; (jobId, fireKey) makes it once. */
public record NewRun(long jobId, String app, int partition, String fireKey, TriggerType trigger, Instant scheduledAt,
                     int attempt, String param, Long parentRunId) {

    public static NewRun of(Job job, FirePlan.Fire fire) {
        return new NewRun(job.id(), job.app(), job.partition(), fire.fireKey(), fire.type(), fire.scheduledAt(), 0,
                job.definition().param(), null);
    }

    /** The retry of a failed run: once per failed run, {@code delay} after it failed. */
    public static NewRun retryOf(Run failed, Instant at) {
        return new NewRun(failed.jobId(), failed.app(), failed.partition(), "R:" + failed.id(), TriggerType.RETRY, at,
                failed.attempt() + 1, failed.param(), failed.id());
    }

    /** A child job's run after {@code parent} succeeded: once per parent run. */
    public static NewRun childOf(Job child, Run parent, Instant at) {
        return new NewRun(child.id(), child.app(), child.partition(), "C:" + parent.id(), TriggerType.CHILD, at, 0,
                child.definition().param(), parent.id());
    }

    public static NewRun manual(Job job, String param, String key, Instant at) {
        return new NewRun(job.id(), job.app(), job.partition(), "M:" + key, TriggerType.MANUAL, at, 0,
                param == null ? job.definition().param() : param, null);
    }
}
