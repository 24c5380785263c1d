package com.webook.governance.console.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.webook.governance.console.application.Expiries;
import com.webook.governance.console.application.RuleHistory;
import com.webook.governance.sentinel.RuleType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Rule ids, versions and the audit log in MySQL ({@code gov_rule_id}, {@code gov_rule_version}, {@code gov_audit}). */
public class JdbcRuleHistory implements RuleHistory {

    private static final int DETAIL = 2000;

    private final JdbcClient jdbc;

    public JdbcRuleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextRuleId() {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gov_rule_id () VALUES ()").update(key);
        return key.getKey().longValue();
    }

    @Override
    public void record(String app, RuleType type, String rulesJson, String author, String action) {
        jdbc.sql("INSERT INTO gov_rule_version (app, rule_type, rules_json, author, action) VALUES (?, ?, ?, ?, ?)")
                .params(app, type.key(), rulesJson, author, cut(action, 255)).update();
    }

    @Override
    public List<Version> versions(String app, RuleType type, int limit) {
        return jdbc.sql("SELECT * FROM gov_rule_version WHERE app = ? AND rule_type = ? ORDER BY id DESC LIMIT ?")
                .params(app, type.key(), limit).query(JdbcRuleHistory::version).list();
    }

    @Override
    public Optional<Version> version(long id) {
        return jdbc.sql("SELECT * FROM gov_rule_version WHERE id = ?").param(id).query(JdbcRuleHistory::version).optional();
    }

    @Override
    public void audit(String actor, String action, String app, String detail) {
        jdbc.sql("INSERT INTO gov_audit (actor, action, app, detail) VALUES (?, ?, ?, ?)")
                .params(cut(actor, 64), cut(action, 32), cut(app == null ? "" : app, 128), cut(detail, DETAIL)).update();
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return jdbc.sql("SELECT * FROM gov_audit ORDER BY id DESC LIMIT ?").param(limit)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("app"), rs.getString("detail")))
                .list();
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(rs.getLong("id"), rs.getString("app"), RuleType.ofKey(rs.getString("rule_type")),
                rs.getString("rules_json"), rs.getString("author"), rs.getString("action"),
                rs.getTimestamp("created_at").toInstant());
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Expiring rules in {@code gov_rule_expiry}. */
    public static class JdbcExpiries implements Expiries {

        private final JdbcClient jdbc;

        public JdbcExpiries(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void expireAt(long ruleId, String app, RuleType type, java.time.Instant at, String author) {
            jdbc.sql("INSERT INTO gov_rule_expiry (rule_id, app, rule_type, expires_at, author) VALUES (?, ?, ?, ?, ?)")
                    .params(ruleId, app, type.key(), Timestamp.from(at), author).update();
        }

        @Override
        public void forget(long ruleId) {
            jdbc.sql("DELETE FROM gov_rule_expiry WHERE rule_id = ?").param(ruleId).update();
        }

        @Override
        public List<Due> due(java.time.Instant now) {
            return jdbc.sql("SELECT rule_id, app, rule_type, author FROM gov_rule_expiry WHERE expires_at <= ? ORDER BY expires_at")
                    .param(Timestamp.from(now))
                    .query((rs, row) -> new Due(rs.getLong("rule_id"), rs.getString("app"),
                            RuleType.ofKey(rs.getString("rule_type")), rs.getString("author")))
                    .list();
        }

        @Override
        public java.util.Map<Long, java.time.Instant> of(String app) {
            java.util.Map<Long, java.time.Instant> expiries = new java.util.TreeMap<>();
            jdbc.sql("SELECT rule_id, expires_at FROM gov_rule_expiry WHERE app = ?").param(app)
                    .query(rs -> {
                        expiries.put(rs.getLong("rule_id"), rs.getTimestamp("expires_at").toInstant());
                    });
            return expiries;
        }
    }
}
