package com.webook.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.webook.web.common.ApiError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mainland, bare            | 13800138000          | +8613800138000
            mainland, with +86        | +8613800138000       | +8613800138000
            mainland, with 86         | 8613800138000        | +8613800138000
            mainland, spaced          | ' 138 0013 8000 '    | +8613800138000
            mainland, dashed          | 138-0013-8000        | +8613800138000
            mainland, 19x range       | 19912345678          | +8619912345678
            E.164, Germany            | +4915123456789       | +4915123456789
            E.164, USA                | +1 555 123 4567      | +15551234567
            E.164, 15 digits          | +123456789012345     | +123456789012345
            """)
    void acceptedNumbersBecomeOneCanonicalForm(String name, String typed, String canonical) {
        assertThat(PhoneNumbers.canonical(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "", " ", "12800138000", "1380013800", "138001380001", "+86 010 1234 5678", "+0123456789",
            "+1234567890123456", "4915123456789", "+49abc", "１３８００１３８０００", "13800138000; DROP TABLE users",
            "+123456", "138\u00000138000"})
    void everythingElseIsRefused(String typed) {
        assertThatThrownBy(() -> PhoneNumbers.canonical(typed))
                .isInstanceOf(ApiError.class)
                .hasMessageContaining("E.164");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> PhoneNumbers.canonical(null)).isInstanceOf(ApiError.class);
    }
}
