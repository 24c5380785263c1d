package com.webook.api.common.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.interactive.v1.InteractiveErrorCode;
import com.webook.api.sms.v1.SmsErrorCode;
import com.webook.api.user.v1.UserErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorCodeTest {

    @Test
    void callerErrorsStartWithFourAndSystemErrorsWithFive() {
        assertThat(UserErrorCode.EMAIL_TAKEN.callerError()).isTrue();
        assertThat(UserErrorCode.SYSTEM_ERROR.callerError()).isFalse();
    }

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of("user", UserErrorCode.values(), 1),
                Arguments.of("article", ArticleErrorCode.values(), 2),
                Arguments.of("interactive", InteractiveErrorCode.values(), 3),
                Arguments.of("code", CodeErrorCode.values(), 4),
                Arguments.of("sms", SmsErrorCode.values(), 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void codesAreSixDigitsInTheirModuleAndUnique(String context, ErrorCode[] codes, int module) {
        Set<Integer> seen = new HashSet<>();
        Arrays.stream(codes).forEach(c -> {
            assertThat(c.code()).isBetween(400_000, 599_999);
            assertThat((c.code() / 1000) % 100).as("module of %s", c).isEqualTo(module);
            assertThat(seen.add(c.code())).as("unique %s", c).isTrue();
        });
    }
}
