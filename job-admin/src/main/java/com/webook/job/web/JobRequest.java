package com.webook.job.web;

import java.util.List;

import com.webook.job.domain.BlockStrategy;
import com.webook.job.domain.JobDefinition;
import com.webook.job.domain.Misfire;
import com.webook.job.domain.Routing;
import com.webook.job.domain.ScheduleType;

/** A job as an operator writes it; absent fields take their defaults (see {@link JobDefinition#validated}). */
record JobRequest(String app, String name, String description, ScheduleType scheduleType, String schedule,
                  String handler, String param, Routing routing, BlockStrategy blockStrategy, Misfire misfire,
                  Integer timeoutSeconds, Integer maxRetries, Long retryBackoffMs, Boolean exclusive,
                  List<Long> children, Long version) {

    JobDefinition definition() {
        return new JobDefinition(app, name, description, scheduleType, schedule, handler, param, routing, blockStrategy,
                misfire, timeoutSeconds == null ? 0 : timeoutSeconds, maxRetries == null ? 0 : maxRetries,
                retryBackoffMs == null ? 0 : retryBackoffMs, Boolean.TRUE.equals(exclusive), children);
    }
}
