package com.webook.job.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cron with seconds          | CRON       | */5 * * * * ?        | 2026-11-30T10:00:02Z | 2026-11-30T10:00:05Z
            cron in Shanghai's zone    | CRON       | 0 0 8 * * ?          | 2026-11-30T00:00:00Z | 2026-12-01T00:00:00Z
            last day of the month      | CRON       | 0 0 0 L * ?          | 2026-11-02T00:00:00Z | 2026-11-30T00:00:00Z
            fixed rate                 | FIXED_RATE | 30                   | 2026-11-30T10:00:02Z | 2026-11-30T10:00:32Z
            """)
    void nextFireTimes(String name, ScheduleType type, String text, Instant after, Instant next) {
        ZoneId zone = name.contains("Shanghai") ? ZoneId.of("Asia/Shanghai") : ZoneId.of("UTC");

        assertThat(Schedule.of(type, text, zone).nextAfter(after)).contains(next);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            five-field cron (no seconds) | CRON       | */5 * * * *     | six fields
            nonsense cron                | CRON       | every day       | six fields
            empty cron                   | CRON       | ''              | needs an expression
            Quartz's year field          | CRON       | 0 0 10 * * ? 2026 | six fields
            rate of zero                 | FIXED_RATE | 0               | between 1 and
            rate not a number            | FIXED_RATE | 5s              | whole number of seconds
            rate beyond a year           | FIXED_RATE | 99999999        | between 1 and
            """)
    void rejects(String name, ScheduleType type, String text, String message) {
        assertThatThrownBy(() -> Schedule.of(type, text, ZoneId.of("UTC")))
                .isInstanceOf(JobRejected.class).hasMessageContaining(message);
    }
}
