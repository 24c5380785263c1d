package com.webook.api.common.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import com.webook.api.user.v1.UserErrorCode;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void callerErrorsStartWithFourAndSystemErrorsWithFive() {
        assertThat(UserErrorCode.EMAIL_TAKEN.callerError()).isTrue();
        assertThat(UserErrorCode.SYSTEM_ERROR.callerError()).isFalse();
    }

    @Test
    void userCodesAreSixDigitsInModuleOneAndUnique() {
        Set<Integer> seen = new HashSet<>();
        Arrays.stream(UserErrorCode.values()).forEach(c -> {
            assertThat(c.code()).isBetween(100_000, 999_999);
            assertThat((c.code() / 1000) % 100).as("module of %s", c).isEqualTo(1);
            assertThat(seen.add(c.code())).as("unique %s", c).isTrue();
        });
    }
}
