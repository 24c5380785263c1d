package com.webook.job.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The local clock corrected by its measured offset from the database's: every admin decides what is due
 * by the same time, whatever its own clock says (duplicate and early firing from clock skew is a bug
 * XXL-Job users keep meeting). The offset is measured on every lease round ({@link #measured}).
 */
public final class DatabaseClock extends Clock {

    private final Clock local;
    private volatile Duration offset = Duration.ZERO;

    public DatabaseClock(Clock local) {
        this.local = local;
    }

    /** The database said {@code database} between the local instants {@code before} and {@code after}. */
    public void measured(Instant before, Instant database, Instant after) {
        Instant midpoint = before.plus(Duration.between(before, after).dividedBy(2));
        offset = Duration.between(midpoint, database);
    }

    public Duration offset() {
        return offset;
    }

    public Clock local() {
        return local;
    }

    @Override
    public Instant instant() {
        return local.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the database clock is UTC");
    }
}
