package com.webook.job.infrastructure.persistence;

import java.util.List;

import com.webook.job.application.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit log in MySQL ({@code job_audit}). */
public class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(String username, String action, String target, String detail) {
        jdbc.sql("INSERT INTO job_audit (username, action, target, detail) VALUES (?, ?, ?, ?)")
                .params(username, action, target, JdbcRunStore.cut(detail)).update();
    }

    @Override
    public List<Entry> page(long beforeId, int limit) {
        return jdbc.sql("SELECT id, at, username, action, target, detail FROM job_audit WHERE id < ? "
                        + "ORDER BY id DESC LIMIT ?").params(beforeId, limit)
                .query((rs, row) -> new Entry(rs.getLong("id"), Times.instant(rs, "at"), rs.getString("username"),
                        rs.getString("action"), rs.getString("target"), rs.getString("detail")))
                .list();
    }
}
