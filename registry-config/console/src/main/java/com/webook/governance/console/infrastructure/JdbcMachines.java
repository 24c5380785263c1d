package com.webook.governance.console.infrastructure;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.webook.governance.console.application.Machines;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Heartbeats in MySQL ({@code gov_machine}): the apps are known again the moment a restarted console is up. */
public class JdbcMachines implements Machines {

    private final JdbcClient jdbc;

    public JdbcMachines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void heartbeat(Machine machine, Instant at) {
        jdbc.sql("""
                INSERT INTO gov_machine (app, ip, port, hostname, sentinel_version, first_seen_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE hostname = VALUES(hostname), sentinel_version = VALUES(sentinel_version),
                    last_seen_at = VALUES(last_seen_at)""")
                .params(machine.app(), machine.ip(), machine.port(), JdbcRuleHistory.cut(machine.hostname(), 255),
                        JdbcRuleHistory.cut(machine.sentinelVersion(), 32), Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    @Override
    public List<Seen> all(Instant now, Duration forget) {
        Timestamp horizon = Timestamp.from(now.minus(forget));
        if (jdbc.sql("DELETE FROM gov_machine WHERE last_seen_at < ?").param(horizon).update() > 0) {
            jdbc.sql("""
                    DELETE c FROM gov_metric_cursor c LEFT JOIN gov_machine m
                      ON m.app = c.app AND m.ip = c.ip AND m.port = c.port
                    WHERE m.app IS NULL""").update();
        }
        return jdbc.sql("SELECT * FROM gov_machine ORDER BY app, ip, port")
                .query((rs, row) -> new Seen(new Machine(rs.getString("app"), rs.getString("ip"), rs.getInt("port"),
                        rs.getString("hostname"), rs.getString("sentinel_version")),
                        rs.getTimestamp("first_seen_at").toInstant(), rs.getTimestamp("last_seen_at").toInstant()))
                .list();
    }
}
