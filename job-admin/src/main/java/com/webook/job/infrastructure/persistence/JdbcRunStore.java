package com.webook.job.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.webook.job.application.RunStore;
import com.webook.job.domain.NewRun;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;
import com.webook.job.domain.TriggerType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The runs in MySQL ({@code job_run}); result messages are cut to the column's size. */
public class JdbcRunStore implements RunStore {

    static final String COLUMNS = "id, job_id, app_name, partition_no, fire_key, trigger_type, scheduled_at, attempt, "
            + "param, parent_run_id, state, admin_node, executor, sent_at, finished_at, result_code, result_msg";
    static final int MAX_MESSAGE = 2048;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public JdbcRunStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public int insert(Collection<NewRun> runs) {
        if (runs.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = new ArrayList<>(runs.size());
        for (NewRun run : runs) {
            rows.add(new Object[] {run.jobId(), run.app(), run.partition(), run.fireKey(), run.trigger().name(),
                    Times.sql(run.scheduledAt()), run.attempt(), run.param(), run.parentRunId()});
        }
        // a (job, fire key) that exists is kept as it is: the run was fired already
        int[] counts = template.batchUpdate("""
                INSERT INTO job_run (job_id, app_name, partition_no, fire_key, trigger_type, scheduled_at, attempt, param,
                  parent_run_id, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')
                ON DUPLICATE KEY UPDATE id = id""", rows);
        int inserted = 0;
        for (int count : counts) {
            inserted += count == 1 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
        }
        return inserted;
    }

    @Override
    public Optional<Run> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_run WHERE id = ?").param(id).query(JdbcRunStore::run).optional();
    }

    @Override
    public Optional<Run> find(long jobId, String fireKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_run WHERE job_id = ? AND fire_key = ?").params(jobId, fireKey)
                .query(JdbcRunStore::run).optional();
    }

    @Override
    public List<Long> dueScheduled(Collection<Integer> partitions, Instant horizon, int limit) {
        List<Object> args = new ArrayList<>(partitions);
        args.add(Times.sql(horizon));
        args.add(limit);
        return template.queryForList("SELECT id FROM job_run WHERE partition_no IN (" + Times.in(partitions)
                + ") AND state = 'SCHEDULED' AND scheduled_at <= ? ORDER BY scheduled_at LIMIT ?", Long.class,
                args.toArray());
    }

    @Override
    public List<Run> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return template.query("SELECT " + COLUMNS + " FROM job_run WHERE id IN (" + Times.in(ids) + ")",
                JdbcRunStore::run, ids.toArray());
    }

    @Override
    public boolean claim(long runId, String node) {
        return jdbc.sql("UPDATE job_run SET state = 'SENDING', admin_node = ?, sent_at = NOW(3) "
                + "WHERE id = ? AND state = 'SCHEDULED'").params(node, runId).update() == 1;
    }

    @Override
    public boolean sent(long runId, String executor) {
        // the callback may already have ended it (a handler quicker than this update): keep its state
        return jdbc.sql("UPDATE job_run SET executor = ?, state = IF(state = 'SENDING', 'RUNNING', state) WHERE id = ?")
                .params(executor, runId).update() == 1;
    }

    @Override
    public boolean finish(long runId, Set<RunState> from, RunState state, Integer code, String message) {
        List<Object> args = new ArrayList<>(List.of(state.name()));
        args.add(code);
        args.add(cut(message));
        args.add(runId);
        from.forEach(s -> args.add(s.name()));
        return template.update("UPDATE job_run SET state = ?, finished_at = NOW(3), result_code = ?, result_msg = ? "
                + "WHERE id = ? AND state IN (" + Times.in(from) + ")", args.toArray()) == 1;
    }

    @Override
    public List<Run> inStateSince(Collection<Integer> partitions, RunState state, Instant sentBefore, int limit) {
        List<Object> args = new ArrayList<>(partitions);
        args.add(state.name());
        args.add(Times.sql(sentBefore));
        args.add(limit);
        return template.query("SELECT " + COLUMNS + " FROM job_run WHERE partition_no IN (" + Times.in(partitions)
                + ") AND state = ? AND sent_at < ? ORDER BY sent_at LIMIT ?", JdbcRunStore::run, args.toArray());
    }

    @Override
    public List<Run> page(Collection<String> apps, Long jobId, RunState state, long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM job_run WHERE id < ?");
        List<Object> args = new ArrayList<>(List.of(beforeId));
        if (jobId != null) {
            sql.append(" AND job_id = ?");
            args.add(jobId);
        }
        if (apps != null && !apps.isEmpty()) {
            sql.append(" AND app_name IN (").append(Times.in(apps)).append(")");
            args.addAll(apps);
        }
        if (state != null) {
            sql.append(" AND state = ?");
            args.add(state.name());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return template.query(sql.toString(), JdbcRunStore::run, args.toArray());
    }

    @Override
    public java.util.Map<RunState, Long> countSince(Collection<String> apps, Instant since) {
        StringBuilder sql = new StringBuilder("SELECT state, COUNT(*) FROM job_run WHERE created_at >= ?");
        List<Object> args = new ArrayList<>(List.of(Times.sql(since)));
        if (!apps.isEmpty()) {
            sql.append(" AND app_name IN (").append(Times.in(apps)).append(")");
            args.addAll(apps);
        }
        java.util.Map<RunState, Long> counts = new java.util.EnumMap<>(RunState.class);
        template.query(sql.append(" GROUP BY state").toString(),
                rs -> { counts.put(RunState.valueOf(rs.getString(1)), rs.getLong(2)); }, args.toArray());
        return counts;
    }

    @Override
    public List<Long> recentLags(Collection<String> apps, int limit) {
        StringBuilder sql = new StringBuilder("SELECT TIMESTAMPDIFF(MICROSECOND, scheduled_at, sent_at) DIV 1000 "
                + "FROM job_run WHERE sent_at IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (!apps.isEmpty()) {
            sql.append(" AND app_name IN (").append(Times.in(apps)).append(")");
            args.addAll(apps);
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        args.add(limit);
        return template.queryForList(sql.toString(), Long.class, args.toArray());
    }

    @Override
    public void countDays(java.time.LocalDate from, java.time.LocalDate to) {
        // recounted whole: a state whose runs all moved on (RUNNING) must drop to nothing, not keep its count
        jdbc.sql("DELETE FROM job_run_daily WHERE day BETWEEN ? AND ?").params(from.toString(), to.toString()).update();
        jdbc.sql("INSERT INTO job_run_daily (day, app_name, state, runs) "
                + "SELECT DATE(created_at), app_name, state, COUNT(*) FROM job_run "
                + "WHERE created_at >= ? AND created_at < ? GROUP BY DATE(created_at), app_name, state "
                + "ON DUPLICATE KEY UPDATE runs = VALUES(runs)")
                .params(from.toString(), to.plusDays(1).toString()).update();
    }

    @Override
    public int deleteEndedBefore(Instant before, int limit) {
        return jdbc.sql("DELETE FROM job_run WHERE created_at < ? AND state NOT IN ('SCHEDULED', 'SENDING', 'RUNNING') "
                + "ORDER BY created_at LIMIT ?").params(Times.sql(before), limit).update();
    }

    @Override
    public List<DayCount> dailyCounts(Collection<String> apps, java.time.LocalDate from) {
        StringBuilder sql = new StringBuilder("SELECT day, state, SUM(runs) FROM job_run_daily WHERE day >= ?");
        List<Object> args = new ArrayList<>(List.of(from.toString()));
        if (!apps.isEmpty()) {
            sql.append(" AND app_name IN (").append(Times.in(apps)).append(")");
            args.addAll(apps);
        }
        sql.append(" GROUP BY day, state ORDER BY day");
        return template.query(sql.toString(), (rs, row) -> new DayCount(rs.getDate(1).toLocalDate(),
                RunState.valueOf(rs.getString(2)), rs.getLong(3)), args.toArray());
    }

    static String cut(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    static Run run(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_run_id");
        Long parentId = rs.wasNull() ? null : parent;
        int code = rs.getInt("result_code");
        Integer resultCode = rs.wasNull() ? null : code;
        return new Run(rs.getLong("id"), rs.getLong("job_id"), rs.getString("app_name"), rs.getInt("partition_no"),
                rs.getString("fire_key"), TriggerType.valueOf(rs.getString("trigger_type")),
                Times.instant(rs, "scheduled_at"), rs.getInt("attempt"), rs.getString("param"), parentId,
                RunState.valueOf(rs.getString("state")), rs.getString("admin_node"), rs.getString("executor"),
                Times.instant(rs, "sent_at"), Times.instant(rs, "finished_at"), resultCode, rs.getString("result_msg"));
    }
}
