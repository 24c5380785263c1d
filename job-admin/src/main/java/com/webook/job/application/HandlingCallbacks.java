package com.webook.job.application;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.webook.job.domain.Job;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executors reporting how runs ended ({@code /api/callback}, a batch). The token names the app, and an
 * app may only report its own runs. A callback for a run already ended is a repeat (the executor's spool
 * re-sends what it could not deliver while every admin was down) and changes nothing; a run the sweeper
 * gave up as LOST is corrected by its late callback.
 */
public final class HandlingCallbacks {

    private static final Logger log = LoggerFactory.getLogger(HandlingCallbacks.class);

    public static final int SUCCESS = 200;
    public static final int TIMEOUT = 502;
    /** States a callback may end; a final state other than LOST is not changed by a repeat. */
    static final Set<RunState> OPEN = EnumSet.of(RunState.SENDING, RunState.RUNNING, RunState.LOST);

    public record Callback(long runId, int code, String message) {
    }

    /** How many callbacks ended a run, were repeats, or named runs the app does not have. */
    public record Outcome(boolean tokenAccepted, int applied, int repeats, int foreign) {
    }

    private final ExecutorApps apps;
    private final RunStore runs;
    private final JobStore jobs;
    private final EndingRuns ending;

    public HandlingCallbacks(ExecutorApps apps, RunStore runs, JobStore jobs, EndingRuns ending) {
        this.apps = apps;
        this.runs = runs;
        this.jobs = jobs;
        this.ending = ending;
    }

    public Outcome handle(String token, List<Callback> callbacks) {
        Optional<ExecutorApps.Access> access = apps.byToken(token);
        if (access.isEmpty()) {
            return new Outcome(false, 0, 0, 0);
        }
        int applied = 0;
        int repeats = 0;
        int foreign = 0;
        // the batch's runs and jobs in two reads
        Map<Long, Run> byId = new HashMap<>();
        runs.findAll(callbacks.stream().map(Callback::runId).distinct().toList()).forEach(run -> byId.put(run.id(), run));
        Map<Long, Job> jobsById = new HashMap<>();
        jobs.findAll(byId.values().stream().map(Run::jobId).distinct().toList()).forEach(job -> jobsById.put(job.id(), job));
        for (Callback callback : callbacks) {
            Run run = byId.get(callback.runId());
            if (run == null || !run.app().equals(access.get().app())) {
                foreign++;
                continue;
            }
            RunState state = callback.code() == SUCCESS ? RunState.SUCCEEDED
                    : callback.code() == TIMEOUT ? RunState.TIMED_OUT : RunState.FAILED;
            if (ending.end(run, jobsById.get(run.jobId()), OPEN, state, callback.code(), callback.message())) {
                applied++;
            } else {
                repeats++;
            }
        }
        if (foreign > 0) {
            log.warn("{} callbacks from {} named runs it does not have", foreign, access.get().app());
        }
        return new Outcome(true, applied, repeats, foreign);
    }
}
