package com.webook.job.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.webook.job.application.JobStore;
import com.webook.job.domain.BlockStrategy;
import com.webook.job.domain.Job;
import com.webook.job.domain.JobDefinition;
import com.webook.job.domain.JobRejected;
import com.webook.job.domain.JobStatus;
import com.webook.job.domain.Misfire;
import com.webook.job.domain.Routing;
import com.webook.job.domain.Schedule;
import com.webook.job.domain.ScheduleType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The jobs in MySQL ({@code job}). */
public class JdbcJobStore implements JobStore {

    static final String COLUMNS = "id, app_name, name, description, schedule_type, schedule, handler, param, routing, "
            + "block_strategy, misfire, timeout_seconds, max_retries, retry_backoff_ms, exclusive_run, children, status, "
            + "partition_no, next_fire_at, running_run_id, version";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final ZoneId zone;

    public JdbcJobStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, ZoneId zone) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.zone = zone;
    }

    @Override
    public long create(JobDefinition d, int partitions, Instant nextFireAt) {
        try {
            return transactions.execute(status -> {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO job (app_name, name, description, schedule_type, schedule, handler, param, routing,
                          block_strategy, misfire, timeout_seconds, max_retries, retry_backoff_ms, exclusive_run, children,
                          status, partition_no, next_fire_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0, ?)""")
                        .params(d.app(), d.name(), d.description(), d.scheduleType().name(), d.schedule(), d.handler(),
                                d.param(), d.routing().name(), d.blockStrategy().name(), d.misfire().name(),
                                d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), d.exclusive(),
                                children(d.children()), Times.sql(nextFireAt))
                        .update(keys, "id");
                long id = keys.getKey().longValue();
                // jobs by id mod P: spread evenly over the partitions, whatever order they are created in
                jdbc.sql("UPDATE job SET partition_no = id % ? WHERE id = ?").params(partitions, id).update();
                return id;
            });
        } catch (DuplicateKeyException e) {
            throw JobRejected.conflict("the app " + d.app() + " already has a job named '" + d.name() + "'");
        }
    }

    @Override
    public Optional<Job> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = ?").param(id).query(this::job).optional();
    }

    @Override
    public List<Job> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return template.query("SELECT " + COLUMNS + " FROM job WHERE id IN (" + Times.in(ids) + ")", this::job,
                ids.toArray());
    }

    @Override
    public List<Job> due(Collection<Integer> partitions, Instant horizon, int limit) {
        List<Object> args = new ArrayList<>(partitions);
        args.add(Times.sql(horizon));
        args.add(limit);
        return template.query("SELECT " + COLUMNS + " FROM job WHERE partition_no IN (" + Times.in(partitions)
                + ") AND status = 'ACTIVE' AND next_fire_at <= ? ORDER BY next_fire_at LIMIT ?", this::job, args.toArray());
    }

    @Override
    public boolean advance(long id, Instant expected, Instant next) {
        return jdbc.sql("UPDATE job SET next_fire_at = ? WHERE id = ? AND next_fire_at = ? AND status = 'ACTIVE'")
                .params(Times.sql(next), id, Times.sql(expected)).update() == 1;
    }

    @Override
    public boolean update(long id, long expectedVersion, JobDefinition d, Instant nextFireAt) {
        try {
            return jdbc.sql("""
                    UPDATE job SET app_name = ?, name = ?, description = ?, schedule_type = ?, schedule = ?, handler = ?,
                      param = ?, routing = ?, block_strategy = ?, misfire = ?, timeout_seconds = ?, max_retries = ?,
                      retry_backoff_ms = ?, exclusive_run = ?, children = ?, next_fire_at = ?, version = version + 1,
                      updated_at = NOW(3)
                    WHERE id = ? AND version = ?""")
                    .params(d.app(), d.name(), d.description(), d.scheduleType().name(), d.schedule(), d.handler(),
                            d.param(), d.routing().name(), d.blockStrategy().name(), d.misfire().name(),
                            d.timeoutSeconds(), d.maxRetries(), d.retryBackoffMs(), d.exclusive(), children(d.children()),
                            Times.sql(nextFireAt), id, expectedVersion)
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            throw JobRejected.conflict("the app " + d.app() + " already has a job named '" + d.name() + "'");
        }
    }

    @Override
    public boolean setStatus(long id, JobStatus status, Instant nextFireAt) {
        return jdbc.sql("UPDATE job SET status = ?, next_fire_at = ?, version = version + 1, updated_at = NOW(3) "
                + "WHERE id = ?").params(status.name(), Times.sql(nextFireAt), id).update() == 1;
    }

    @Override
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM job WHERE id = ?").param(id).update() == 1;
    }

    @Override
    public boolean hold(long jobId, long runId) {
        return jdbc.sql("UPDATE job SET running_run_id = ? WHERE id = ? AND running_run_id IS NULL")
                .params(runId, jobId).update() == 1;
    }

    @Override
    public void release(long jobId, long runId) {
        jdbc.sql("UPDATE job SET running_run_id = NULL WHERE id = ? AND running_run_id = ?").params(jobId, runId).update();
    }

    @Override
    public List<Job> page(Collection<String> apps, String nameContains, long afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM job WHERE id > ?");
        List<Object> args = new ArrayList<>(List.of(afterId));
        if (!apps.isEmpty()) {
            sql.append(" AND app_name IN (").append(Times.in(apps)).append(")");
            args.addAll(apps);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            sql.append(" AND name LIKE ? ESCAPE '!'");
            args.add("%" + nameContains.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        sql.append(" ORDER BY id LIMIT ?");
        args.add(limit);
        return template.query(sql.toString(), this::job, args.toArray());
    }

    private Job job(ResultSet rs, int row) throws SQLException {
        ScheduleType type = ScheduleType.valueOf(rs.getString("schedule_type"));
        JobDefinition definition = new JobDefinition(rs.getString("app_name"), rs.getString("name"),
                rs.getString("description"), type, rs.getString("schedule"), rs.getString("handler"),
                rs.getString("param"), Routing.valueOf(rs.getString("routing")),
                BlockStrategy.valueOf(rs.getString("block_strategy")), Misfire.valueOf(rs.getString("misfire")),
                rs.getInt("timeout_seconds"), rs.getInt("max_retries"), rs.getLong("retry_backoff_ms"),
                rs.getBoolean("exclusive_run"), children(rs.getString("children")));
        long runningId = rs.getLong("running_run_id");
        Long running = rs.wasNull() ? null : runningId;
        return new Job(rs.getLong("id"), definition, Schedule.of(type, definition.schedule(), zone),
                JobStatus.valueOf(rs.getString("status")), rs.getInt("partition_no"), Times.instant(rs, "next_fire_at"),
                running, rs.getLong("version"));
    }

    static String children(List<Long> children) {
        return String.join(",", children.stream().map(String::valueOf).toList());
    }

    static List<Long> children(String children) {
        if (children == null || children.isBlank()) {
            return List.of();
        }
        return Arrays.stream(children.split(",")).map(String::trim).map(Long::valueOf).toList();
    }
}
