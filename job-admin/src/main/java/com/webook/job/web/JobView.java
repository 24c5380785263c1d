package com.webook.job.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.webook.job.domain.BlockStrategy;
import com.webook.job.domain.Job;
import com.webook.job.domain.JobStatus;
import com.webook.job.domain.Misfire;
import com.webook.job.domain.Routing;
import com.webook.job.domain.ScheduleType;

/** A job as the console shows it, with its next few fire times. */
record JobView(long id, String app, String name, String description, ScheduleType scheduleType, String schedule,
               String handler, String param, Routing routing, BlockStrategy blockStrategy, Misfire misfire,
               int timeoutSeconds, int maxRetries, long retryBackoffMs, boolean exclusive, List<Long> children,
               JobStatus status, Instant nextFireAt, List<Instant> upcoming, Long runningRunId, long version) {

    static final int UPCOMING = 5;

    static JobView of(Job job) {
        var d = job.definition();
        List<Instant> upcoming = new ArrayList<>();
        Instant next = job.nextFireAt();
        while (next != null && upcoming.size() < UPCOMING) {
            upcoming.add(next);
            next = job.schedule().nextAfter(next).orElse(null);
        }
        return new JobView(job.id(), d.app(), d.name(), d.description(), d.scheduleType(), d.schedule(), d.handler(),
                d.param(), d.routing(), d.blockStrategy(), d.misfire(), d.timeoutSeconds(), d.maxRetries(),
                d.retryBackoffMs(), d.exclusive(), d.children(), job.status(), job.nextFireAt(), upcoming,
                job.runningRunId(), job.version());
    }
}
