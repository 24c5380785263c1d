package com.webook.code.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeTargetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            login, mainland     | login          | +8613800138000
            biz with digits     | bind_phone_2   | 13800138000
            32-character biz    | abcdefghijklmnopqrstuvwxyz012345 | +15551234567
            """)
    void acceptedTargets(String name, String biz, String phone) {
        assertThat(new CodeTarget(biz, phone)).isEqualTo(new CodeTarget(biz, phone));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            no biz                | null          | +8613800138000
            empty biz             | ''            | +8613800138000
            upper-case biz        | Login         | +8613800138000
            biz with a colon      | login:x       | +8613800138000
            33-character biz      | abcdefghijklmnopqrstuvwxyz0123456 | +8613800138000
            no phone              | login         | null
            phone with letters    | login         | +86138abc
            phone too short       | login         | 1234
            phone too long        | login         | 123456789012345678901
            phone with a space    | login         | '+86 13800138000'
            phone with Lua meta   | login         | '1}'
            """)
    void refusedTargets(String name, String biz, String phone) {
        assertThatThrownBy(() -> new CodeTarget(biz, phone))
                .isInstanceOfSatisfying(CodeRejected.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT));
    }
}
