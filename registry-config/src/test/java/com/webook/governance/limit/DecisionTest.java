package com.webook.governance.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            no wait at all,        0,     1
            a millisecond,         1,     1
            exactly a second,      1000,  1
            a second and a bit,    1001,  2
            ten seconds,           10000, 10
            """)
    void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne(String name, long millis, long seconds) {
        Decision refused = new Decision(false, Duration.ofMillis(millis), new Limit("x", 1, Duration.ofSeconds(1)));

        assertThat(refused.retryAfterSeconds()).isEqualTo(seconds);
    }
}
