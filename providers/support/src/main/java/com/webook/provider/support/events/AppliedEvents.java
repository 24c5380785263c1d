package com.webook.provider.support.events;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids of the events a context has applied, in a table of its own ({@code event_id VARCHAR(64)
 * PRIMARY KEY, applied_at BIGINT} with an index on {@code applied_at}, created by the context's
 * migration): what makes an {@link EventHandler} idempotent. Called inside the handler's transaction,
 * so an id is remembered exactly when its event's effects are committed. Plain JDBC with positional
 * binds: MyBatis's {@code <foreach>} cost more client CPU per batch than MySQL spent on it.
 */
public class AppliedEvents {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final JdbcTemplate jdbc;
    private final String table;

    public AppliedEvents(JdbcTemplate jdbc, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Remembers the ids that are new and leaves the others as they were; returns how many were new. */
    public int rememberIfNew(Collection<String> eventIds, long nowMillis) {
        return jdbc.update("INSERT IGNORE INTO " + table + " (event_id, applied_at) VALUES "
                + rows("(?, ?)", eventIds.size()), pairs(eventIds, nowMillis));
    }

    /** Remembers ids that must all be new: a racing instance that stored one first makes this fail. */
    public void remember(Collection<String> eventIds, long nowMillis) {
        jdbc.update("INSERT INTO " + table + " (event_id, applied_at) VALUES " + rows("(?, ?)", eventIds.size()),
                pairs(eventIds, nowMillis));
    }

    /** Which of these ids were applied before. */
    public Set<String> appliedAmong(Collection<String> eventIds) {
        List<String> applied = jdbc.queryForList("SELECT event_id FROM " + table + " WHERE event_id IN ("
                + rows("?", eventIds.size()) + ")", String.class, eventIds.toArray());
        return new HashSet<>(applied);
    }

    /** Forgets the ids applied before {@code beforeMillis}, {@code limit} rows per statement; returns how many. */
    public long forgetAppliedBefore(long beforeMillis, int limit) {
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.update("DELETE FROM " + table + " WHERE applied_at < ? LIMIT ?", beforeMillis, limit);
            total += deleted;
        } while (deleted == limit);
        return total;
    }

    public String table() {
        return table;
    }

    private static Object[] pairs(Collection<String> eventIds, long nowMillis) {
        Object[] values = new Object[eventIds.size() * 2];
        int i = 0;
        for (String id : eventIds) {
            values[i++] = id;
            values[i++] = nowMillis;
        }
        return values;
    }

    private static String rows(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}
