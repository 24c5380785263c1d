package com.webook.job.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a job fires: {@link #nextAfter} is the first fire time strictly after an instant, or nothing when
 * the schedule never fires again (or never fires by itself). Built only through {@link #of}, which rejects
 * what cannot be a schedule with a message an operator can act on.
 */
public sealed interface Schedule {

    /** The longest fixed rate (a year); anything rarer is a cron expression. */
    Duration LONGEST_RATE = Duration.ofDays(366);

    Optional<Instant> nextAfter(Instant after);

    ScheduleType type();

    /** The schedule as it was written. */
    String text();

    static Schedule of(ScheduleType type, String text, ZoneId zone) {
        if (type == null) {
            throw new JobRejected("schedule type is required");
        }
        String trimmed = text == null ? "" : text.trim();
        return switch (type) {
            case CRON -> Cron.parse(trimmed, zone);
            case FIXED_RATE -> FixedRate.parse(trimmed);
            case NONE -> new None();
        };
    }

    /** Spring's cron: six fields with seconds, {@code ?}, {@code L}, {@code W}, {@code #} and macros. */
    record Cron(CronExpression expression, ZoneId zone, String text) implements Schedule {

        static Cron parse(String text, ZoneId zone) {
            if (text.isEmpty()) {
                throw new JobRejected("a cron schedule needs an expression, e.g. '0 */5 * * * ?'");
            }
            try {
                return new Cron(CronExpression.parse(text), zone, text);
            } catch (IllegalArgumentException e) {
                throw new JobRejected("not a cron expression with seconds (six fields): " + e.getMessage());
            }
        }

        @Override
        public Optional<Instant> nextAfter(Instant after) {
            ZonedDateTime next = expression.next(after.atZone(zone));
            return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
        }

        @Override
        public ScheduleType type() {
            return ScheduleType.CRON;
        }
    }

    /** Every {@code period}, written as whole seconds. */
    record FixedRate(Duration period, String text) implements Schedule {

        static FixedRate parse(String text) {
            long seconds;
            try {
                seconds = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new JobRejected("a fixed rate is a whole number of seconds, e.g. '30'");
            }
            if (seconds < 1 || seconds > LONGEST_RATE.toSeconds()) {
                throw new JobRejected("a fixed rate is between 1 and " + LONGEST_RATE.toSeconds() + " seconds");
            }
            return new FixedRate(Duration.ofSeconds(seconds), text);
        }

        @Override
        public Optional<Instant> nextAfter(Instant after) {
            return Optional.of(after.plus(period));
        }

        @Override
        public ScheduleType type() {
            return ScheduleType.FIXED_RATE;
        }
    }

    /** Fires only when triggered. */
    record None() implements Schedule {

        @Override
        public Optional<Instant> nextAfter(Instant after) {
            return Optional.empty();
        }

        @Override
        public ScheduleType type() {
            return ScheduleType.NONE;
        }

        @Override
        public String text() {
            return "";
        }
    }
}
