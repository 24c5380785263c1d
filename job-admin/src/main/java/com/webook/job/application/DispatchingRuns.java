package com.webook.job.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.webook.job.domain.Job;
import com.webook.job.domain.Routes;
import com.webook.job.domain.Routing;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;
import com.webook.job.domain.TriggerType;

/**
 * Sends runs to executors. Every round it reads the SCHEDULED runs of its partitions that are due within
 * the window (scheduled fires, retries, children, triggers by hand, and runs a dead admin left unsent) and
 * sends each at its time. A run is claimed (SCHEDULED -> SENDING) before it is sent, so it is sent by one
 * admin only; a run found SENDING long after is LOST (see {@link SweepingRuns}): it may have reached an
 * executor, so it is not sent again blindly.
 */
public final class DispatchingRuns {

    static final int BATCH = 1000;

    private final JobStore jobs;
    private final RunStore runs;
    private final ExecutorStore executors;
    private final ExecutorApps apps;
    private final ExecutorChannel channel;
    private final EndingRuns ending;
    private final Routes routes;
    private final DatabaseClock clock;
    private final JobMetrics metrics;
    private final Alarms alarms;
    private final ScheduledExecutorService senders;
    private final String node;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    /** Each app's live instances, read at most once a second (a run is sent per job and fire time). */
    private final java.util.Map<String, LiveInstances> live = new ConcurrentHashMap<>();

    private record LiveInstances(List<String> addresses, long readAt) {
    }

    /** How long the dispatcher keeps an app's live instances before it reads them again. */
    public static final Duration LIVE_INSTANCES_FOR = Duration.ofSeconds(1);

    public DispatchingRuns(JobStore jobs, RunStore runs, ExecutorStore executors, ExecutorApps apps,
                           ExecutorChannel channel, EndingRuns ending, Routes routes, DatabaseClock clock,
                           JobMetrics metrics, Alarms alarms, ScheduledExecutorService senders, String node) {
        this.jobs = jobs;
        this.runs = runs;
        this.executors = executors;
        this.apps = apps;
        this.channel = channel;
        this.ending = ending;
        this.routes = routes;
        this.clock = clock;
        this.metrics = metrics;
        this.alarms = alarms;
        this.senders = senders;
        this.node = node;
    }

    /** Queues the due runs of {@code partitions} for sending at their times; how many were new. */
    public int queueDue(Set<Integer> partitions) {
        if (partitions.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> fresh = new ArrayList<>();
        for (long id : runs.dueScheduled(partitions, now.plus(SchedulingJobs.WINDOW), BATCH)) {
            if (pending.add(id)) {
                fresh.add(id);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        List<Run> due = runs.findAll(fresh);
        // one read of the jobs for the batch: a change made within the last second may miss this send
        Map<Long, Job> jobsById = new HashMap<>();
        jobs.findAll(due.stream().map(Run::jobId).distinct().toList()).forEach(job -> jobsById.put(job.id(), job));
        int queued = 0;
        for (Run run : due) {
            long delay = Math.max(0, Duration.between(now, run.scheduledAt()).toMillis());
            Job job = jobsById.get(run.jobId());
            try {
                senders.schedule(() -> {
                    try {
                        send(run, job);
                    } finally {
                        pending.remove(run.id());
                    }
                }, delay, TimeUnit.MILLISECONDS);
                queued++;
            } catch (RejectedExecutionException stopping) {
                pending.removeAll(fresh);
                return queued;
            }
        }
        // ids that were no longer there (deleted since): forget them
        fresh.removeAll(due.stream().map(Run::id).toList());
        pending.removeAll(fresh);
        return queued;
    }

    /** Claims and sends one run now; {@code job} is the job as read for its batch, null when deleted. */
    public void send(Run run, Job job) {
        if (!runs.claim(run.id(), node)) {
            return;
        }
        if (job == null) {
            ending.end(run, null, Set.of(RunState.SENDING), RunState.SKIPPED, null, "the job was deleted");
            return;
        }
        if (!job.active() && run.trigger() != TriggerType.MANUAL) {
            ending.end(run, job, Set.of(RunState.SENDING), RunState.SKIPPED, null, "the job is paused");
            return;
        }
        if (job.definition().exclusive() && !jobs.hold(job.id(), run.id())) {
            ending.end(run, job, Set.of(RunState.SENDING), RunState.SKIPPED, null,
                    "the job's run " + job.runningRunId() + " is still running (the job is exclusive)");
            return;
        }
        Optional<ExecutorApps.Access> access = apps.named(job.app());
        if (access.isEmpty()) {
            ending.end(run, job, Set.of(RunState.SENDING), RunState.FAILED, null,
                    "the app " + job.app() + " is not configured in job-admin");
            return;
        }
        List<String> live = liveInstances(job.app());
        if (live.isEmpty()) {
            ending.end(run, job, Set.of(RunState.SENDING), RunState.FAILED, null, "no live executor of " + job.app());
            return;
        }
        String token = access.get().token();
        Routing routing = job.definition().routing();
        StringBuilder tried = new StringBuilder();
        for (String address : routes.order(routing, job.id(), live)) {
            if (routing == Routing.FAILOVER || routing == Routing.BUSYOVER) {
                ExecutorChannel.Answer check = routing == Routing.FAILOVER ? channel.beat(address, token)
                        : channel.idleBeat(address, token, job.id());
                if (!check.ok()) {
                    tried.append(address).append(": ").append(check.message()).append("; ");
                    continue;
                }
            }
            ExecutorChannel.Answer answer = channel.run(address, token, trigger(job, run));
            if (answer.ok()) {
                routes.used(job.id(), address);
                runs.sent(run.id(), address);
                Duration lag = Duration.between(run.scheduledAt(), clock.instant());
                metrics.sent(lag);
                if (run.trigger() == TriggerType.SCHEDULE || run.trigger() == TriggerType.MISFIRE) {
                    alarms.sentLate(run, job, lag);
                }
                return;
            }
            tried.append(address).append(": ").append(answer.message()).append("; ");
            if (routing != Routing.FAILOVER && routing != Routing.BUSYOVER) {
                break;
            }
        }
        ending.end(run, job, Set.of(RunState.SENDING), RunState.FAILED, null,
                "no executor took the run: " + tried.toString().replaceAll("; $", ""));
    }

    private List<String> liveInstances(String app) {
        long now = System.nanoTime();
        LiveInstances known = live.get(app);
        if (known == null || now - known.readAt() > LIVE_INSTANCES_FOR.toNanos()) {
            known = new LiveInstances(executors.live(app), now);
            live.put(app, known);
        }
        return known.addresses();
    }

    static ExecutorChannel.Trigger trigger(Job job, Run run) {
        return new ExecutorChannel.Trigger(job.id(), job.definition().handler(), run.param(),
                job.definition().blockStrategy().name(), job.definition().timeoutSeconds(), run.id(),
                run.scheduledAt().toEpochMilli(), 0, 1);
    }
}
