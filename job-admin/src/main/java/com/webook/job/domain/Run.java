package com.webook.job.domain;

import java.time.Instant;

/** One firing of a job, as stored. {@code executor} is the instance it was sent to, once sent. */
public record Run(long id, long jobId, String app, int partition, String fireKey, TriggerType trigger,
                  Instant scheduledAt, int attempt, String param, Long parentRunId, RunState state, String adminNode,
                  String executor, Instant sentAt, Instant finishedAt, Integer resultCode, String resultMsg) {
}
