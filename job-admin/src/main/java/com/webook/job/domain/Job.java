package com.webook.job.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A job as the scheduler sees it: its definition, where it stands ({@code nextFireAt}, the exclusive run
 * holding it) and its partition. {@code version} grows with every change an operator makes.
 */
public record Job(long id, JobDefinition definition, Schedule schedule, JobStatus status, int partition,
                  Instant nextFireAt, Long runningRunId, long version) {

    public String app() {
        return definition.app();
    }

    public boolean active() {
        return status == JobStatus.ACTIVE;
    }

    public Duration retryBackoff(int attempt) {
        return definition.retryBackoff(attempt);
    }

    public List<Long> children() {
        return definition.children();
    }
}
