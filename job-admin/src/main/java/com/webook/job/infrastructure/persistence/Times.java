package com.webook.job.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants to and from DATETIME(3) columns, in UTC (the connection's time zone, see application.yml). They
 * are bound as text: MySQL's driver drops the milliseconds of a bound timestamp when the server is MariaDB
 * (it reads MariaDB's "5.5.5-" version prefix as a server without fractional seconds), and fire times and
 * their compare-and-set need the milliseconds.
 */
final class Times {

    private static final DateTimeFormatter DATETIME_3 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String sql(Instant instant) {
        return instant == null ? null : DATETIME_3.format(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String in(java.util.Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs values");
        }
        return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    }
}
