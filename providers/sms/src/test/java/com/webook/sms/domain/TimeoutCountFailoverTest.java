package com.webook.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.webook.governance.testkit.Concurrently;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeoutCountFailoverTest {

    /**
     * Each row: the scripts of vendors a and b, sends made with threshold 2, and the vendor each send
     * reached (lower case) with its outcome: {@code a} accepted by a, {@code A!} a failed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            successes stay on the first             | ok                         | ok      | a a a
            one timeout is not enough               | timeout ok                 | ok      | A! a a
            two timeouts in a row move on           | timeout timeout ok         | ok      | A! A! b b
            a success resets the count              | timeout ok timeout ok      | ok      | A! a A! a
            other errors do not count               | vendor_error vendor_error ok | ok    | A! A! a
            limits do not count                     | limited limited ok         | ok      | A! A! a
            the last vendor wraps round to the first | timeout timeout ok        | timeout timeout ok | A! A! B! B! a
            """)
    void movesOnAfterConsecutiveTimeouts(String name, String aScript, String bScript, String expected) {
        ScriptedVendor a = ScriptedVendor.of("a", aScript);
        ScriptedVendor b = ScriptedVendor.of("b", bScript);
        TimeoutCountFailover failover = new TimeoutCountFailover(List.of(a, b), 2);

        List<String> reached = new ArrayList<>();
        for (String ignored : expected.split(" ")) {
            try {
                reached.add(failover.send(ScriptedVendor.message()).vendor());
            } catch (VendorFailure failure) {
                reached.add(failure.vendor().toUpperCase() + "!");
            }
        }

        assertThat(String.join(" ", reached)).isEqualTo(expected);
    }

    @Test
    void aFailureIsPassedOnUnchanged() {
        TimeoutCountFailover failover = new TimeoutCountFailover(List.of(ScriptedVendor.of("a", "limited")), 2);

        VendorFailure thrown = catchThrowableOfType(VendorFailure.class, () -> failover.send(ScriptedVendor.message()));

        assertThat(thrown.outcome()).isEqualTo(VendorFailure.Outcome.LIMITED);
        assertThat(thrown.vendor()).isEqualTo("a");
    }

    @Test
    void concurrentTimeoutsMoveOnByOneVendorOnly() throws Exception {
        AtomicInteger aCalls = new AtomicInteger();
        CyclicBarrier allInside = new CyclicBarrier(8);
        SmsVendor a = new SmsVendor() {
            @Override
            public String name() {
                return "a";
            }

            @Override
            public Dispatch send(SmsMessage message) {
                aCalls.incrementAndGet();
                try {
                    allInside.await(5, TimeUnit.SECONDS); // every sender chose a before any timed out
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw VendorFailure.timeout("a", "no answer");
            }
        };
        ScriptedVendor b = ScriptedVendor.of("b", "ok");
        ScriptedVendor c = ScriptedVendor.of("c", "ok");
        TimeoutCountFailover failover = new TimeoutCountFailover(List.of(a, b, c), 3);
        Concurrently.all(8, () -> {
            try {
                failover.send(ScriptedVendor.message());
            } catch (VendorFailure expected) {
                // a times out
            }
            return null;
        });

        // Eight timeouts arrived at once; the next sends go to b, the next vendor, not beyond it.
        for (int i = 0; i < 5; i++) {
            assertThat(failover.send(ScriptedVendor.message()).vendor()).isEqualTo("b");
        }
        assertThat(failover.currentVendor()).isEqualTo("b");
        assertThat(c.calls()).isZero();
        assertThat(aCalls.get()).isEqualTo(8);
    }

    @Test
    void needsVendorsAndAPositiveThreshold() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeoutCountFailover(List.of(), 3));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimeoutCountFailover(List.of(ScriptedVendor.of("a", "ok")), 0));
    }
}
