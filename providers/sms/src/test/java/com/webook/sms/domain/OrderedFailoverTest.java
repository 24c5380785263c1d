package com.webook.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderedFailoverTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            first accepts                    | ok           | ok           | ok           | first  | 1 | 0 | 0 |
            first errors, second accepts     | vendor_error | ok           | ok           | second | 1 | 1 | 0 |
            first times out, second accepts  | timeout      | ok           | ok           | second | 1 | 1 | 0 |
            first limited, second accepts    | limited      | ok           | ok           | second | 1 | 1 | 0 |
            two fail, third accepts          | timeout      | vendor_error | ok           | third  | 1 | 1 | 1 |
            all limited                      | limited      | limited      | limited      |        | 1 | 1 | 1 | LIMITED
            all time out                     | timeout      | timeout      | timeout      |        | 1 | 1 | 1 | TIMEOUT
            mixed failures                   | limited      | timeout      | vendor_error |        | 1 | 1 | 1 | VENDOR_ERROR
            """)
    void triesTheVendorsInOrderUntilOneAccepts(String name, String first, String second, String third,
                                               String acceptedBy, int firstCalls, int secondCalls, int thirdCalls,
                                               VendorFailure.Outcome failure) {
        ScriptedVendor a = ScriptedVendor.of("first", first);
        ScriptedVendor b = ScriptedVendor.of("second", second);
        ScriptedVendor c = ScriptedVendor.of("third", third);
        OrderedFailover failover = new OrderedFailover(List.of(a, b, c));

        if (acceptedBy != null) {
            assertThat(failover.send(ScriptedVendor.message()).vendor()).isEqualTo(acceptedBy);
        } else {
            VendorFailure thrown = catchThrowableOfType(VendorFailure.class, () -> failover.send(ScriptedVendor.message()));
            assertThat(thrown.outcome()).isEqualTo(failure);
            assertThat(thrown.getSuppressed()).hasSize(3);
            assertThat(thrown.getMessage()).contains("first: ", "second: ", "third: ");
        }
        assertThat(List.of(a.calls(), b.calls(), c.calls())).containsExactly(firstCalls, secondCalls, thirdCalls);
    }

    @Test
    void theMessageReachesTheAcceptingVendorUnchanged() {
        ScriptedVendor a = ScriptedVendor.of("first", "vendor_error");
        ScriptedVendor b = ScriptedVendor.of("second", "ok");
        SmsMessage message = ScriptedVendor.message();

        new OrderedFailover(List.of(a, b)).send(message);

        assertThat(b.sent()).containsExactly(message);
        assertThat(a.sent()).isEmpty();
    }

    @Test
    void needsAVendor() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OrderedFailover(List.of()));
    }
}
