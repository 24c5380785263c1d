package com.webook.api.interactive.v1;

import static com.webook.api.common.v1.Hessian2RoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record of the interactive contract, and its rejections, survive Dubbo's Hessian2 serialization. */
class InteractiveContractSerializationTest {

    static Stream<Arguments> records() {
        Instant created = Instant.parse("2026-11-28T08:15:30.123Z");
        return Stream.of(
                Arguments.of("counts", new InteractiveCounts("article", 42L, 1_000_000L, 3L, 0L)),
                Arguments.of("view", new InteractiveView(new InteractiveCounts("article", 42L, 5L, 1L, 1L), true, false)),
                Arguments.of("folder", new CollectionFolder(9L, 7L, "读书 📚", 12L, created, created)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordSurvivesRoundTrip(String name, Object record) {
        assertThat(roundTrip(record)).isEqualTo(record).isNotSameAs(record);
    }

    @Test
    void batchOfDistinctCountsSurvivesRoundTrip() {
        List<InteractiveCounts> counts = new ArrayList<>(List.of(
                new InteractiveCounts("article", 1L, 1L, 0L, 0L),
                new InteractiveCounts("article", 2L, 9L, 2L, 1L)));

        assertThat(roundTrip(counts)).containsExactlyElementsOf(counts);
    }
}
