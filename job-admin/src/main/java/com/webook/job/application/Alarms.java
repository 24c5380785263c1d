package com.webook.job.application;

import java.time.Duration;

import com.webook.job.domain.Job;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;

/** Where operators hear of trouble (port). Each method is called once per event, by whoever saw it. */
public interface Alarms {

    /** A run ended FAILED, TIMED_OUT or LOST; {@code job} is null when it was deleted. */
    void runFailed(Run run, Job job, RunState state, String message, boolean retrying);

    /** A run was sent {@code lag} after its scheduled time. */
    void sentLate(Run run, Job job, Duration lag);
}
