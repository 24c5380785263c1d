package com.webook.job.infrastructure.persistence;

import java.util.List;

import com.webook.job.application.ExecutorStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Executor instances in MySQL ({@code job_executor}); live means renewed within the dead timeout. */
public class JdbcExecutorStore implements ExecutorStore {

    /** XXL-Job's DEAD_TIMEOUT: an executor renews every 30 s, and is gone after 90 s without a word. */
    public static final int DEAD_TIMEOUT_SECONDS = 90;

    private final JdbcClient jdbc;

    public JdbcExecutorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void renew(String app, String address) {
        jdbc.sql("""
                INSERT INTO job_executor (app_name, address, registered_at, renewed_at) VALUES (?, ?, NOW(3), NOW(3))
                ON DUPLICATE KEY UPDATE renewed_at = NOW(3),
                  registered_at = IF(renewed_at < NOW(3) - INTERVAL ? SECOND, NOW(3), registered_at)""")
                .params(app, address, DEAD_TIMEOUT_SECONDS).update();
    }

    @Override
    public void remove(String app, String address) {
        jdbc.sql("DELETE FROM job_executor WHERE app_name = ? AND address = ?").params(app, address).update();
    }

    @Override
    public List<String> live(String app) {
        return jdbc.sql("SELECT address FROM job_executor WHERE app_name = ? AND enabled = 1 "
                + "AND renewed_at >= NOW(3) - INTERVAL ? SECOND ORDER BY address")
                .params(app, DEAD_TIMEOUT_SECONDS).query(String.class).list();
    }

    @Override
    public List<Instance> instances(String app) {
        return jdbc.sql("SELECT app_name, address, registered_at, renewed_at, enabled, "
                        + "renewed_at >= NOW(3) - INTERVAL ? SECOND AS live FROM job_executor "
                        + "WHERE (? IS NULL OR app_name = ?) ORDER BY app_name, address")
                .params(DEAD_TIMEOUT_SECONDS, app, app)
                .query((rs, row) -> new Instance(rs.getString("app_name"), rs.getString("address"),
                        Times.instant(rs, "registered_at"), Times.instant(rs, "renewed_at"), rs.getBoolean("enabled"),
                        rs.getBoolean("live")))
                .list();
    }

    @Override
    public boolean setEnabled(String app, String address, boolean enabled) {
        return jdbc.sql("UPDATE job_executor SET enabled = ? WHERE app_name = ? AND address = ?")
                .params(enabled, app, address).update() == 1;
    }

    @Override
    public int forgetSilent(long silentForSeconds) {
        return jdbc.sql("DELETE FROM job_executor WHERE renewed_at < NOW(3) - INTERVAL ? SECOND")
                .param(silentForSeconds).update();
    }

    @Override
    public void ensureApp(String app, String title) {
        jdbc.sql("INSERT INTO job_app (name, title) VALUES (?, ?) ON DUPLICATE KEY UPDATE title = VALUES(title)")
                .params(app, title).update();
    }

    @Override
    public List<String> apps() {
        return jdbc.sql("SELECT name FROM job_app ORDER BY name").query(String.class).list();
    }
}
