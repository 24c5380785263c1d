package com.webook.interactive.infrastructure.persistence;

import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read counts' upsert of a read batch in plain JDBC, in the caller's transaction (the batch's event
 * ids go to {@code AppliedEvents}, the same way). MyBatis's
 * {@code <foreach>} evaluates an OGNL binding per item and cost more client CPU than MySQL spent on the
 * whole batch (measured by bench/interactive); here the SQL is a row template repeated and the values are
 * bound by position.
 */
public class JdbcReadBatches {

    private final JdbcTemplate jdbc;

    public JdbcReadBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds each object's reads in one upsert. */
    public void addReads(List<ReadIncrement> reads, long now) {
        Object[] values = new Object[reads.size() * 5];
        int i = 0;
        for (ReadIncrement read : reads) {
            values[i++] = read.biz();
            values[i++] = read.bizId();
            values[i++] = read.reads();
            values[i++] = now;
            values[i++] = now;
        }
        jdbc.update("INSERT INTO interactives (biz, biz_id, read_cnt, ctime, utime) VALUES "
                + rows("(?, ?, ?, ?, ?)", reads.size())
                + " ON DUPLICATE KEY UPDATE read_cnt = read_cnt + VALUES(read_cnt), utime = VALUES(utime)", values);
    }

    private static String rows(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }
}
