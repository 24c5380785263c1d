package com.webook.code.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0,      000000
            7,      000007
            4213,   004213
            999999, 999999
            """)
    void codesAreSixDigitsZeroPadded(int drawn, String code) {
        RandomGenerator fixed = new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                assertThat(bound).isEqualTo(1_000_000);
                return drawn;
            }
        };

        assertThat(VerificationCode.draw(fixed).digits()).isEqualTo(code);
    }

    @Test
    void aSecureSourceDrawsSpreadOutCodesOfSixDigits() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        int leadingZero = 0;
        for (int i = 0; i < 10_000; i++) {
            String digits = VerificationCode.draw(random).digits();
            assertThat(digits).matches("[0-9]{6}");
            codes.add(digits);
            leadingZero += digits.charAt(0) == '0' ? 1 : 0;
        }
        assertThat(codes).as("few repeats among 10,000 draws of 1,000,000").hasSizeGreaterThan(9_900);
        assertThat(leadingZero).as("about one in ten starts with 0").isBetween(800, 1_200);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "12345", "1234567", "12a456", " 123456", "１２３４５６", "12345\n"})
    void anythingButSixDigitsIsNotACode(String typed) {
        assertThatThrownBy(() -> new VerificationCode(typed))
                .isInstanceOfSatisfying(CodeRejected.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT));
    }

    @Test
    void theCodeNeverShowsInLogs() {
        assertThat(new VerificationCode("004213").toString()).doesNotContain("004213");
    }
}
