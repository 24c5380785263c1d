package com.webook.job.application;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.webook.job.domain.Job;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;

/**
 * Ends what nobody else will, for the partitions this admin owns: a run left SENDING by an admin that died
 * mid-send becomes LOST (it may have reached an executor, so it is not sent again; its retry policy
 * applies); a RUNNING run whose executor stopped renewing becomes LOST; a RUNNING run long past its
 * timeout without a callback becomes TIMED_OUT. Runs a dead admin left SCHEDULED need nothing here: they
 * are due, and {@link DispatchingRuns} of the partition's new owner sends them.
 */
public final class SweepingRuns {

    /**
     * A send takes at most its connect and read timeouts per instance tried; a run SENDING longer than this
     * (twice those, see the configuration) was abandoned by an admin that died.
     */
    private final Duration sendingLimit;
    /** The executor ends a run at its timeout and calls back; this much later, the admin gives up waiting. */
    public static final Duration TIMEOUT_GRACE = Duration.ofSeconds(30);
    static final int BATCH = 2000;

    private final RunStore runs;
    private final JobStore jobs;
    private final ExecutorStore executors;
    private final EndingRuns ending;
    private final DatabaseClock clock;

    public SweepingRuns(RunStore runs, JobStore jobs, ExecutorStore executors, EndingRuns ending, DatabaseClock clock,
                        Duration sendingLimit) {
        this.runs = runs;
        this.jobs = jobs;
        this.executors = executors;
        this.ending = ending;
        this.clock = clock;
        this.sendingLimit = sendingLimit;
    }

    public void sweep(Set<Integer> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, Optional<Job>> jobCache = new HashMap<>();
        for (Run run : runs.inStateSince(partitions, RunState.SENDING, now.minus(sendingLimit), BATCH)) {
            ending.end(run, jobCache.computeIfAbsent(run.jobId(), jobs::find).orElse(null), Set.of(RunState.SENDING), RunState.LOST, null, "admin " + run.adminNode()
                    + " stopped while sending it; it may or may not have reached an executor");
        }
        Map<String, Set<String>> alive = new HashMap<>();
        for (Run run : runs.inStateSince(partitions, RunState.RUNNING, now.minusSeconds(1), BATCH)) {
            Set<String> instances = alive.computeIfAbsent(run.app(), app -> executors.instances(app).stream()
                    .filter(ExecutorStore.Instance::live).map(ExecutorStore.Instance::address).collect(Collectors.toSet()));
            Optional<Job> job = jobCache.computeIfAbsent(run.jobId(), jobs::find);
            if (run.executor() != null && !instances.contains(run.executor())) {
                ending.end(run, job.orElse(null), Set.of(RunState.RUNNING), RunState.LOST, null,
                        "executor " + run.executor() + " stopped renewing while running it");
                continue;
            }
            int timeout = job.map(j -> j.definition().timeoutSeconds()).orElse(0);
            if (timeout > 0 && run.sentAt() != null
                    && run.sentAt().plusSeconds(timeout).plus(TIMEOUT_GRACE).isBefore(now)) {
                ending.end(run, job.orElse(null), Set.of(RunState.RUNNING), RunState.TIMED_OUT, null,
                        "no callback " + TIMEOUT_GRACE.toSeconds() + " s after its " + timeout + " s timeout");
            }
        }
    }
}
