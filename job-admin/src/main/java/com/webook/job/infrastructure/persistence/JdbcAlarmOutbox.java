package com.webook.job.infrastructure.persistence;

import java.time.Instant;
import java.util.List;

import com.webook.job.application.Alarm;
import com.webook.job.application.AlarmOutbox;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The alarm outbox in MySQL ({@code job_alarm}); claims are timed by NOW(3). */
public class JdbcAlarmOutbox implements AlarmOutbox {

    private final JdbcClient jdbc;

    public JdbcAlarmOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(Alarm alarm) {
        return jdbc.sql("""
                INSERT INTO job_alarm (event_key, kind, webhook, app_name, job_id, run_id, text)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id""")
                .params(alarm.key(), alarm.kind(), alarm.webhook(), alarm.app(), alarm.jobId(), alarm.runId(),
                        JdbcRunStore.cut(alarm.text()))
                .update() == 1;
    }

    @Override
    public List<Queued> claim(String node, int webhooks, int seconds, int maxAttempts, int limit) {
        jdbc.sql("""
                UPDATE job_alarm SET claimed_by = ?, claimed_until = NOW(3) + INTERVAL ? SECOND
                WHERE sent_at IS NULL AND attempts < ? AND webhook < ? AND next_attempt_at <= NOW(3)
                  AND (claimed_until IS NULL OR claimed_until < NOW(3))
                ORDER BY id LIMIT ?""").params(node, seconds, maxAttempts, webhooks, limit).update();
        return jdbc.sql("""
                SELECT id, event_key, kind, webhook, app_name, job_id, run_id, text, attempts, created_at FROM job_alarm
                WHERE claimed_by = ? AND claimed_until > NOW(3) AND sent_at IS NULL AND next_attempt_at <= NOW(3)
                ORDER BY id LIMIT ?""").params(node, limit)
                .query((rs, row) -> {
                    long job = rs.getLong("job_id");
                    Long jobId = rs.wasNull() ? null : job;
                    long run = rs.getLong("run_id");
                    Long runId = rs.wasNull() ? null : run;
                    return new Queued(rs.getLong("id"), new Alarm(rs.getString("event_key"), rs.getString("kind"),
                            rs.getInt("webhook"), rs.getString("app_name"), jobId, runId, rs.getString("text")),
                            rs.getInt("attempts"), Times.instant(rs, "created_at"));
                })
                .list();
    }

    @Override
    public void sent(long id) {
        jdbc.sql("UPDATE job_alarm SET sent_at = NOW(3), attempts = attempts + 1, claimed_until = NULL WHERE id = ?")
                .param(id).update();
    }

    @Override
    public void failed(long id, String error, Instant nextAttempt) {
        String cut = error == null ? null : error.length() > 512 ? error.substring(0, 511) : error;
        jdbc.sql("UPDATE job_alarm SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL "
                + "WHERE id = ?").params(cut, Times.sql(nextAttempt), id).update();
    }

    @Override
    public int deleteBefore(Instant before, int limit) {
        return jdbc.sql("DELETE FROM job_alarm WHERE created_at < ? AND (sent_at IS NOT NULL OR attempts >= ?) "
                + "ORDER BY id LIMIT ?").params(Times.sql(before), com.webook.job.application.SendingAlarms.MAX_ATTEMPTS,
                limit).update();
    }
}
