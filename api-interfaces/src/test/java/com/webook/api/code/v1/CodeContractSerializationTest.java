package com.webook.api.code.v1;

import static com.webook.api.common.v1.Hessian2RoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The code contract has no records; its rejections survive Dubbo's Hessian2 serialization. */
class CodeContractSerializationTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(CodeErrorCode.class)
    void rejectionKeepsItsCodeAndMessage(CodeErrorCode code) {
        CodeException received = roundTrip(new CodeException(code, "message for " + code));

        assertThat(received.code()).isEqualTo(code);
        assertThat(received.getMessage()).isEqualTo("message for " + code);
    }
}
