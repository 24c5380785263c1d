package com.webook.job.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.webook.job.domain.Job;
import com.webook.job.domain.JobDefinition;
import com.webook.job.domain.JobStatus;

/** The jobs (port). Every change that races the scheduler is a compare-and-set. */
public interface JobStore {

    /** A new job; rejected as a conflict when its app already has a job of that name. */
    long create(JobDefinition definition, int partition, Instant nextFireAt);

    Optional<Job> find(long id);

    List<Job> findAll(Collection<Long> ids);

    /** Active jobs of these partitions due by {@code horizon}, soonest first. */
    List<Job> due(Collection<Integer> partitions, Instant horizon, int limit);

    /** Moves the job's next fire time on, if it is still {@code expected} (false: someone else fired it). */
    boolean advance(long id, Instant expected, Instant next);

    /** Replaces the definition if the version is still {@code expectedVersion}. */
    boolean update(long id, long expectedVersion, JobDefinition definition, Instant nextFireAt);

    boolean setStatus(long id, JobStatus status, Instant nextFireAt);

    boolean delete(long id);

    /** Makes {@code runId} the job's one running run, if it has none. */
    boolean hold(long jobId, long runId);

    /** Lets go of the job if {@code runId} holds it. */
    void release(long jobId, long runId);

    /** A page of jobs, by id, after {@code afterId}; {@code apps} empty means every app. */
    List<Job> page(Collection<String> apps, String nameContains, long afterId, int limit);
}
