package com.webook.job.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FirePlanTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Duration WINDOW = Duration.ofSeconds(1);
    static final Duration THRESHOLD = Duration.ofSeconds(5);
    static final Schedule EVERY_SECOND = Schedule.of(ScheduleType.FIXED_RATE, "1", ZoneId.of("UTC"));
    static final Schedule EVERY_FIVE = Schedule.of(ScheduleType.CRON, "*/5 * * * * ?", ZoneId.of("UTC"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("not due yet", EVERY_FIVE, Misfire.SKIP, NOW.plusSeconds(3),
                        List.of(), NOW.plusSeconds(3), 0),
                Arguments.of("due within the window", EVERY_FIVE, Misfire.SKIP, NOW.plusMillis(500),
                        List.of(NOW.plusMillis(500)), NOW.plusSeconds(5), 0),
                Arguments.of("every second: both times within the window", EVERY_SECOND, Misfire.SKIP, NOW,
                        List.of(NOW, NOW.plusSeconds(1)), NOW.plusSeconds(2), 0),
                Arguments.of("late but within the threshold: fires as scheduled, and what is due since", EVERY_FIVE,
                        Misfire.SKIP, NOW.minusSeconds(5), List.of(NOW.minusSeconds(5), NOW), NOW.plusSeconds(5), 0),
                Arguments.of("misfired, skip: nothing fires, next is after now", EVERY_FIVE, Misfire.SKIP,
                        NOW.minusSeconds(60), List.of(), NOW.plusSeconds(5), 13),
                Arguments.of("misfired, fire once now", EVERY_FIVE, Misfire.FIRE_ONCE_NOW, NOW.minusSeconds(60),
                        List.of(NOW), NOW.plusSeconds(5), 13));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plans(String name, Schedule schedule, Misfire misfire, Instant nextFireAt, List<Instant> fires, Instant next,
               int missed) {
        FirePlan plan = FirePlan.of(schedule, misfire, nextFireAt, NOW, WINDOW, THRESHOLD, 10);

        assertThat(plan.fires()).extracting(FirePlan.Fire::scheduledAt).containsExactlyElementsOf(fires);
        assertThat(plan.nextFireAt()).isEqualTo(next);
        assertThat(plan.missed()).isEqualTo(missed);
    }

    @Test
    void aFireIsKeyedByItsScheduledTimeSoTwoPlansOfTheSameTimeCollide() {
        FirePlan one = FirePlan.of(EVERY_FIVE, Misfire.SKIP, NOW, NOW, WINDOW, THRESHOLD, 10);
        FirePlan other = FirePlan.of(EVERY_FIVE, Misfire.SKIP, NOW, NOW.plusMillis(300), WINDOW, THRESHOLD, 10);

        assertThat(one.fires().get(0).fireKey()).isEqualTo(other.fires().get(0).fireKey()).isEqualTo("S" + NOW.toEpochMilli());
    }

    @Test
    void theCatchUpOfAMisfireIsKeyedByTheFirstMissedTimeSoItFiresOnce() {
        Instant missed = NOW.minusSeconds(60);
        FirePlan one = FirePlan.of(EVERY_FIVE, Misfire.FIRE_ONCE_NOW, missed, NOW, WINDOW, THRESHOLD, 10);
        FirePlan later = FirePlan.of(EVERY_FIVE, Misfire.FIRE_ONCE_NOW, missed, NOW.plusSeconds(2), WINDOW, THRESHOLD, 10);

        assertThat(one.fires()).singleElement().satisfies(fire -> {
            assertThat(fire.fireKey()).isEqualTo(later.fires().get(0).fireKey());
            assertThat(fire.type()).isEqualTo(TriggerType.MISFIRE);
        });
    }

    @Test
    void aJobWithoutAScheduleNeverFiresByItself() {
        Schedule none = Schedule.of(ScheduleType.NONE, "", ZoneId.of("UTC"));

        assertThat(FirePlan.of(none, Misfire.SKIP, null, NOW, WINDOW, THRESHOLD, 10).fires()).isEmpty();
        assertThat(none.nextAfter(NOW)).isEmpty();
    }
}
