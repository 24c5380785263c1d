package com.webook.job.application;

import com.webook.job.domain.Job;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;

/** Where operators hear of failures (port). Called once per event by whoever ended the run. */
public interface Alarms {

    void runFailed(Run run, Job job, RunState state, String message, boolean retrying);
}
