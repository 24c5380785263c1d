package com.webook.job.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.webook.job.domain.Job;
import com.webook.job.domain.NewRun;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;

/**
 * Ends a run once, whoever notices first (its executor's callback, the sweeper, a failed send, a kill), and
 * does what follows exactly once because only the one compare-and-set that ended it goes on: the job is
 * let go if the run held it, a failure is retried while the job allows (once per failed run: the retry's
 * key is the failed run's id), a success fires the job's children, and a failure raises one alarm.
 */
public final class EndingRuns {

    private final JobStore jobs;
    private final RunStore runs;
    private final Alarms alarms;
    private final JobMetrics metrics;
    private final Transactions transactions;
    private final Clock clock;

    public EndingRuns(JobStore jobs, RunStore runs, Alarms alarms, JobMetrics metrics, Transactions transactions,
                      Clock clock) {
        this.jobs = jobs;
        this.runs = runs;
        this.alarms = alarms;
        this.metrics = metrics;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Ends the run if it is in one of {@code from}; whether this call ended it. The end and all that follows
     * it (let go, retry, children, alarm) commit together or not at all. {@code job} is the run's job as
     * the caller read it (its definition decides retries and children), null when it was deleted.
     */
    public boolean end(Run run, Job job, Set<RunState> from, RunState state, Integer code, String message) {
        boolean ended = transactions.inTransaction(() -> endAndFollow(run, Optional.ofNullable(job), from, state, code,
                message));
        if (ended) {
            metrics.ended(state);
        }
        return ended;
    }

    private boolean endAndFollow(Run run, Optional<Job> job, Set<RunState> from, RunState state, Integer code,
                                 String message) {
        if (!runs.finish(run.id(), from, state, code, message)) {
            return false;
        }
        // lets go if this run holds the job (a no-op otherwise); only exclusive jobs are ever held
        job.filter(j -> j.definition().exclusive() || j.runningRunId() != null)
                .ifPresent(j -> jobs.release(j.id(), run.id()));
        if (state == RunState.SUCCEEDED) {
            job.ifPresent(j -> fireChildren(j, run));
        } else if (state.isFailure()) {
            boolean retried = job.map(j -> retry(j, run)).orElse(false);
            alarms.runFailed(run, job.orElse(null), state, message, retried);
        }
        return true;
    }

    private boolean retry(Job job, Run failed) {
        if (failed.attempt() >= job.definition().maxRetries()) {
            return false;
        }
        return runs.insert(List.of(NewRun.retryOf(failed, clock.instant().plus(job.retryBackoff(failed.attempt()))))) > 0;
    }

    private void fireChildren(Job parent, Run run) {
        if (parent.children().isEmpty()) {
            return;
        }
        List<NewRun> children = new ArrayList<>();
        for (Job child : jobs.findAll(parent.children())) {
            if (child.active()) {
                children.add(NewRun.childOf(child, run, clock.instant()));
            }
        }
        runs.insert(children);
    }
}
