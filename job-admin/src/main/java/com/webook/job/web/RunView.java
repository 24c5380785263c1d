package com.webook.job.web;

import java.time.Instant;

import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;
import com.webook.job.domain.TriggerType;

/** A run as the console shows it. */
record RunView(long id, long jobId, String app, TriggerType trigger, Instant scheduledAt, int attempt, String param,
               Long parentRunId, RunState state, String adminNode, String executor, Instant sentAt, Instant finishedAt,
               Integer resultCode, String resultMsg) {

    static RunView of(Run run) {
        return new RunView(run.id(), run.jobId(), run.app(), run.trigger(), run.scheduledAt(), run.attempt(), run.param(),
                run.parentRunId(), run.state(), run.adminNode(), run.executor(), run.sentAt(), run.finishedAt(),
                run.resultCode(), run.resultMsg());
    }
}
