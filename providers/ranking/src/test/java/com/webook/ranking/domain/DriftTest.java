package com.webook.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DriftTest {

    @Test
    void theSameListHasNoDrift() {
        assertThat(Drift.between(List.of(1L, 2L, 3L), List.of(1L, 2L, 3L)).none()).isTrue();
    }

    @Test
    void namesWhatIsMissingWhatIsExtraAndHowFarTheRestMoved() {
        Drift drift = Drift.between(List.of(4L, 1L, 2L, 9L), List.of(1L, 2L, 3L, 4L));

        assertThat(drift.missing()).containsExactly(3L);
        assertThat(drift.extra()).containsExactly(9L);
        assertThat(drift.largestShift()).isEqualTo(3);
        assertThat(drift.toString()).contains("1 of 4 missing");
    }
}
