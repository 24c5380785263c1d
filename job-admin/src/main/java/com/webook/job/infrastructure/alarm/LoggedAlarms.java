package com.webook.job.infrastructure.alarm;

import com.webook.job.application.Alarms;
import com.webook.job.domain.Job;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Alarms as log lines (the webhook sender is not there yet): one per failed run, by whoever ended it. */
public class LoggedAlarms implements Alarms {

    private static final Logger log = LoggerFactory.getLogger("com.webook.job.alarm");

    @Override
    public void runFailed(Run run, Job job, RunState state, String message, boolean retrying) {
        log.warn("ALARM run {} of job {} ({}) ended {}{}: {}", run.id(), run.jobId(),
                job == null ? "deleted" : job.app() + "/" + job.definition().name(), state,
                retrying ? ", retrying" : "", message);
    }
}
