package com.webook.code.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.code.v1.CodeException;
import com.webook.code.application.SendingCode;
import com.webook.code.application.VerifyingCode;
import com.webook.code.domain.CodeRejected;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.Rejection;
import com.webook.code.domain.SmsNotSent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;

class CodeRpcServiceTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rejection.class)
    void everyRejectionHasTheCodeOfTheSameName(Rejection rejection) {
        assertThat(CodeRpcService.codeOf(new CodeRejected(rejection, "x")).name()).isEqualTo(rejection.name());
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("rejection", new CodeRejected(Rejection.TOO_FREQUENT, "wait a minute"),
                        CodeErrorCode.TOO_FREQUENT, "wait a minute"),
                Arguments.of("store down", new CodeStoreUnavailable("Redis failed: connection refused 10.0.0.3", null),
                        CodeErrorCode.SYSTEM_ERROR, "codes are unavailable; please try again later"),
                Arguments.of("SMS not sent", new SmsNotSent("vendor said 1014 at host x", null),
                        CodeErrorCode.SEND_FAILED, "the SMS could not be sent; please try again"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void failuresBecomeCodeExceptionsWithoutInternals(String name, RuntimeException failure, CodeErrorCode code,
                                                      String message) {
        SendingCode sending = Mockito.mock(SendingCode.class);
        Mockito.doThrow(failure).when(sending).send("login", "+8613800138000");
        CodeRpcService rpc = new CodeRpcService(sending, Mockito.mock(VerifyingCode.class));

        assertThatThrownBy(() -> rpc.send("login", "+8613800138000"))
                .isInstanceOfSatisfying(CodeException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
