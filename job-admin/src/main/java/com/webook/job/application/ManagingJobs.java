package com.webook.job.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.webook.job.domain.Job;
import com.webook.job.domain.JobDefinition;
import com.webook.job.domain.JobRejected;
import com.webook.job.domain.JobStatus;
import com.webook.job.domain.NewRun;
import com.webook.job.domain.Routing;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;
import com.webook.job.domain.Schedule;

/**
 * What operators do to jobs and runs: create, change, pause, resume, delete, trigger once with a
 * parameter, kill a running run, read a run's log text. Each checks the operator's role for the job's app
 * and leaves an audit entry.
 */
public final class ManagingJobs {

    private final JobStore jobs;
    private final RunStore runs;
    private final ExecutorApps apps;
    private final ExecutorChannel channel;
    private final EndingRuns ending;
    private final AuditLog audit;
    private final DatabaseClock clock;
    private final ZoneId zone;
    private final int partitions;

    public ManagingJobs(JobStore jobs, RunStore runs, ExecutorApps apps, ExecutorChannel channel, EndingRuns ending,
                        AuditLog audit, DatabaseClock clock, ZoneId zone, int partitions) {
        this.jobs = jobs;
        this.runs = runs;
        this.apps = apps;
        this.channel = channel;
        this.ending = ending;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.partitions = partitions;
    }

    public ZoneId zone() {
        return zone;
    }

    public Job create(Operator operator, JobDefinition definition) {
        JobDefinition valid = check(operator, definition);
        Schedule schedule = Schedule.of(valid.scheduleType(), valid.schedule(), zone);
        long id = jobs.create(valid, partitions, schedule.nextAfter(clock.instant()).orElse(null));
        audit.record(operator.username(), "job.create", "job " + id, valid.app() + "/" + valid.name() + " "
                + valid.scheduleType() + " '" + valid.schedule() + "' handler " + valid.handler());
        return job(id);
    }

    public Job update(Operator operator, long id, long version, JobDefinition definition) {
        Job current = visible(operator, id);
        JobDefinition valid = check(operator, definition);
        if (valid.children().contains(id)) {
            throw new JobRejected("a job cannot be its own child");
        }
        operator.require(current.app());
        Instant next = current.nextFireAt();
        boolean rescheduled = valid.scheduleType() != current.definition().scheduleType()
                || !valid.schedule().equals(current.definition().schedule());
        if (rescheduled || !current.active()) {
            next = current.active() ? Schedule.of(valid.scheduleType(), valid.schedule(), zone)
                    .nextAfter(clock.instant()).orElse(null) : null;
        }
        if (!jobs.update(id, version, valid, next)) {
            throw JobRejected.conflict("job " + id + " was changed by someone else since version " + version
                    + "; reload it and apply your change again");
        }
        audit.record(operator.username(), "job.update", "job " + id, diff(current.definition(), valid));
        return job(id);
    }

    public Job pause(Operator operator, long id) {
        Job job = visible(operator, id);
        jobs.setStatus(id, JobStatus.PAUSED, null);
        audit.record(operator.username(), "job.pause", "job " + id, job.definition().name());
        return job(id);
    }

    public Job resume(Operator operator, long id) {
        Job job = visible(operator, id);
        jobs.setStatus(id, JobStatus.ACTIVE, job.schedule().nextAfter(clock.instant()).orElse(null));
        audit.record(operator.username(), "job.resume", "job " + id, job.definition().name());
        return job(id);
    }

    public void delete(Operator operator, long id) {
        Job job = visible(operator, id);
        jobs.delete(id);
        audit.record(operator.username(), "job.delete", "job " + id, job.app() + "/" + job.definition().name());
    }

    /** Fires the job once now, with {@code param} (the job's own when null); the run. */
    public Run trigger(Operator operator, long id, String param) {
        Job job = visible(operator, id);
        if (param != null && param.length() > JobDefinition.MAX_PARAM) {
            throw new JobRejected("param must be at most " + JobDefinition.MAX_PARAM + " characters");
        }
        NewRun run = NewRun.manual(job, param, UUID.randomUUID().toString(), clock.instant());
        runs.insert(List.of(run));
        audit.record(operator.username(), "job.trigger", "job " + id, param == null ? "" : "param: " + param);
        return runs.find(id, run.fireKey()).orElseThrow(() -> new IllegalStateException("the triggered run is not there"));
    }

    /** Asks the run's executor to stop the job's thread, and ends the run as KILLED. */
    public Run kill(Operator operator, long runId) {
        Run run = run(operator, runId);
        if (run.state() != RunState.RUNNING || run.executor() == null) {
            throw JobRejected.conflict("run " + runId + " is " + run.state() + ", not running");
        }
        ExecutorChannel.Answer answer = channel.kill(run.executor(), token(run.app()), run.jobId());
        if (!answer.ok()) {
            throw JobRejected.conflict("the executor did not kill run " + runId + ": " + answer.message());
        }
        ending.end(run, jobs.find(run.jobId()).orElse(null), Set.of(RunState.RUNNING), RunState.KILLED, null, "killed by " + operator.username());
        audit.record(operator.username(), "run.kill", "run " + runId, "job " + run.jobId() + " on " + run.executor());
        return runs.find(runId).orElseThrow();
    }

    /** A page of the executor's log text for the run, from {@code fromLine}. */
    public ExecutorChannel.LogPage log(Operator operator, long runId, int fromLine) {
        Run run = run(operator, runId);
        if (run.executor() == null) {
            return new ExecutorChannel.LogPage(fromLine, fromLine, "(the run was not sent to an executor: "
                    + Objects.requireNonNullElse(run.resultMsg(), run.state().name()) + ")", true);
        }
        return channel.log(run.executor(), token(run.app()), runId, run.scheduledAt().toEpochMilli(),
                Math.max(1, fromLine));
    }

    public Run run(Operator operator, long runId) {
        Run run = runs.find(runId).orElseThrow(() -> JobRejected.notFound("no run " + runId));
        if (!operator.mayOperate(run.app())) {
            throw JobRejected.notFound("no run " + runId);
        }
        return run;
    }

    public Job visible(Operator operator, long id) {
        Optional<Job> job = jobs.find(id);
        if (job.isEmpty() || !operator.mayOperate(job.get().app())) {
            throw JobRejected.notFound("no job " + id);
        }
        return job.get();
    }

    private JobDefinition check(Operator operator, JobDefinition definition) {
        JobDefinition valid = definition.validated(zone);
        operator.require(valid.app());
        if (apps.named(valid.app()).isEmpty()) {
            throw new JobRejected("no executor app " + valid.app() + " is configured in job-admin");
        }
        if (valid.routing() == Routing.SHARDING_BROADCAST) {
            throw new JobRejected("SHARDING_BROADCAST routing is not supported yet");
        }
        List<Job> children = jobs.findAll(valid.children());
        for (Job child : children) {
            operator.require(child.app());
        }
        if (children.size() != valid.children().size()) {
            throw new JobRejected("children must be existing jobs");
        }
        return valid;
    }

    private String token(String app) {
        return apps.named(app).map(ExecutorApps.Access::token)
                .orElseThrow(() -> JobRejected.conflict("the app " + app + " is no longer configured"));
    }

    private Job job(long id) {
        return jobs.find(id).orElseThrow(() -> JobRejected.notFound("no job " + id));
    }

    private static String diff(JobDefinition before, JobDefinition after) {
        StringBuilder diff = new StringBuilder();
        var components = JobDefinition.class.getRecordComponents();
        for (var component : components) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    diff.append(component.getName()).append(": ").append(a).append(" -> ").append(b).append("; ");
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return diff.isEmpty() ? "no change" : diff.substring(0, diff.length() - 2);
    }
}
