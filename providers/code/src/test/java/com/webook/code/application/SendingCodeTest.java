package com.webook.code.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;

import com.webook.code.domain.CodeRejected;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.Rejection;
import com.webook.code.domain.SmsNotSent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendingCodeTest {

    private static final String PHONE = "+8613800138000";

    private final InMemoryCodeStore store = new InMemoryCodeStore();
    private final RecordingSmsSender sms = new RecordingSmsSender();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SendingCode sending = new SendingCode(store, sms, new SecureRandom(), meters);

    @Test
    void aFreshCodeIsStoredAndSentWithItsValidity() {
        sending.send("login", PHONE);

        assertThat(sms.sent).singleElement().satisfies(sent -> {
            assertThat(sent.phone()).isEqualTo(PHONE);
            assertThat(sent.validity()).isEqualTo(Duration.ofMinutes(10));
            assertThat(sent.code()).isEqualTo(store.codeOf(new CodeTarget("login", PHONE)));
        });
        assertThat(meters.counter("webook.code.sends", "outcome", "sent").count()).isEqualTo(1);
    }

    /** When the resend interval is up is the store script's decision: RedisCodeStoreIT. */
    @Test
    void aSendTheStoreCallsTooFrequentIsRefusedAndSendsNothing() {
        sending.send("login", PHONE);

        assertThatThrownBy(() -> sending.send("login", PHONE))
                .isInstanceOfSatisfying(CodeRejected.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.TOO_FREQUENT));
        assertThat(sms.sent).hasSize(1);
        assertThat(store.codeOf(new CodeTarget("login", PHONE))).as("the first code is kept")
                .isEqualTo(sms.sent.get(0).code());
    }

    @Test
    void aCodeSmsDidNotTakeIsWithdrawnSoTheUserMayAskAgainAtOnce() {
        sms.failing = true;
        assertThatThrownBy(() -> sending.send("login", PHONE)).isInstanceOf(SmsNotSent.class);
        assertThat(store.codeOf(new CodeTarget("login", PHONE))).isNull();

        sms.failing = false;
        sending.send("login", PHONE);
        assertThat(sms.sent).hasSize(1);
        assertThat(meters.counter("webook.code.sends", "outcome", "sms_failed").count()).isEqualTo(1);
    }

    @Test
    void aCodeIsWithdrawnWhateverWayTheSendingFails() {
        SendingCode crashing = new SendingCode(store, (phone, code, validity) -> {
            throw new IllegalStateException("bug in the sender");
        }, new SecureRandom(), meters);

        assertThatThrownBy(() -> crashing.send("login", PHONE)).isInstanceOf(IllegalStateException.class);

        assertThat(store.codeOf(new CodeTarget("login", PHONE))).isNull();
    }

    @Test
    void withTheStoreDownNothingIsSent() {
        store.down = true;

        assertThatThrownBy(() -> sending.send("login", PHONE)).isInstanceOf(CodeStoreUnavailable.class);
        assertThat(sms.sent).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            no biz        | null  | +8613800138000
            bad biz       | LOGIN | +8613800138000
            no phone      | login | null
            bad phone     | login | call-me
            """)
    void badInputTouchesNothing(String name, String biz, String phone) {
        assertThatThrownBy(() -> sending.send(biz, phone))
                .isInstanceOfSatisfying(CodeRejected.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT));
        assertThat(store.calls).isZero();
        assertThat(sms.sent).isEmpty();
    }
}
