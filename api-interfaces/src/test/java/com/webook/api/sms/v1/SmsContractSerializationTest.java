package com.webook.api.sms.v1;

import static com.webook.api.common.v1.Hessian2RoundTrip.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record of the SMS contract survives Dubbo's Hessian2 serialization unchanged. */
class SmsContractSerializationTest {

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("request", new SendSmsRequest("tok.en", List.of("004213", "10"),
                        List.of("+8613800138000", "13900139000"))),
                Arguments.of("request without args", new SendSmsRequest("tok.en", List.of(), List.of("+15551234567"))),
                Arguments.of("receipt of a sent message", new SmsReceipt("m-1", "tencent", false)),
                Arguments.of("receipt of a queued message", new SmsReceipt("m-2", null, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void recordSurvivesRoundTrip(String name, Object record) {
        assertThat(roundTrip(record)).isEqualTo(record).isNotSameAs(record);
    }

    @Test
    void requestCopiesItsListsSoTheCallerCannotChangeThem() {
        List<String> numbers = new ArrayList<>(List.of("+8613800138000"));
        SendSmsRequest request = new SendSmsRequest("t", List.of(), numbers);

        numbers.add("+8613900139000");

        assertThat(request.phoneNumbers()).containsExactly("+8613800138000");
    }
}
