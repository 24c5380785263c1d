package com.webook.job.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.webook.job.domain.NewRun;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;

/** The runs (port). State changes are compare-and-set on the state, so each happens once. */
public interface RunStore {

    /** Inserts each run unless its (job, fire key) exists; the number inserted. */
    int insert(Collection<NewRun> runs);

    Optional<Run> find(long id);

    Optional<Run> find(long jobId, String fireKey);

    /** Ids of the SCHEDULED runs of these partitions due by {@code horizon}, soonest first. */
    List<Long> dueScheduled(Collection<Integer> partitions, Instant horizon, int limit);

    /** The runs with these ids that exist. */
    List<Run> findAll(Collection<Long> ids);

    /** SCHEDULED -> SENDING by {@code node}; false when another admin has it. */
    boolean claim(long runId, String node);

    /** SENDING -> RUNNING on {@code executor}. */
    boolean sent(long runId, String executor);

    /** Ends a run in {@code state} if it is in one of {@code from}; false when it was not. */
    boolean finish(long runId, Set<RunState> from, RunState state, Integer code, String message);

    /** Runs of these partitions in {@code state} since before {@code sentBefore} (by sent_at). */
    List<Run> inStateSince(Collection<Integer> partitions, RunState state, Instant sentBefore, int limit);

    /** How many runs of these apps (all when empty) were created since {@code since}, by state. */
    java.util.Map<RunState, Long> countSince(Collection<String> apps, Instant since);

    /** Fire lags (sent minus scheduled) of the latest {@code limit} sent runs of these apps, in milliseconds. */
    List<Long> recentLags(Collection<String> apps, int limit);

    /** (Re)counts the runs created on each day from {@code from} to {@code to} (UTC) into the daily counts. */
    void countDays(java.time.LocalDate from, java.time.LocalDate to);

    record DayCount(java.time.LocalDate day, RunState state, long runs) {
    }

    /** The daily counts of these apps (all when empty) from {@code from} on. */
    List<DayCount> dailyCounts(Collection<String> apps, java.time.LocalDate from);

    /** Deletes up to {@code limit} ended runs created before {@code before}; how many. */
    int deleteEndedBefore(Instant before, int limit);

    /** A page of runs, newest first, before {@code beforeId}; filters are optional (null or empty). */
    List<Run> page(Collection<String> apps, Long jobId, RunState state, long beforeId, int limit);
}
