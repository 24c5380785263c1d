package com.webook.api.common.v1;

import static com.webook.api.common.v1.Hessian2RoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service's answer survives Dubbo's Hessian2 serialization with its code, message and incident. */
class ServiceExceptionSerializationTest {

    static Stream<ErrorCode> everyCode() {
        return ContractRulesTest.modules().flatMap(m -> Stream.of((ErrorCode[]) m.get()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCode")
    void aRejectionKeepsItsCodeAndMessage(ErrorCode code) {
        ServiceException received = roundTrip(new ServiceException(code, "message for " + code));

        assertThat(received.errorCode()).isSameAs(code);
        assertThat(received.kind()).isSameAs(code.kind());
        assertThat(received.getMessage()).isEqualTo("message for " + code);
        assertThat(received.incidentId()).isNull();
    }

    @Test
    void anUnexpectedFailureKeepsItsIncidentId() {
        ServiceException received = roundTrip(
                new ServiceException(PlatformErrorCode.INTERNAL, "something went wrong", "c0ffee12"));

        assertThat(received.errorCode()).isSameAs(PlatformErrorCode.INTERNAL);
        assertThat(received.incidentId()).isEqualTo("c0ffee12");
    }

    @Test
    void isMatchesOnlyServiceAnswersWithOneOfTheCodes() {
        ServiceException taken = new ServiceException(com.webook.api.user.v1.UserErrorCode.EMAIL_TAKEN, "taken");

        assertThat(ServiceException.is(taken, com.webook.api.user.v1.UserErrorCode.EMAIL_TAKEN)).isTrue();
        assertThat(ServiceException.is(taken, com.webook.api.user.v1.UserErrorCode.USER_NOT_FOUND)).isFalse();
        assertThat(ServiceException.is(new IllegalStateException(), PlatformErrorCode.INTERNAL)).isFalse();
    }
}
