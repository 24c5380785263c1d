package com.webook.code.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import com.webook.code.domain.CodeRejected;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.Rejection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifyingCodeTest {

    private static final String PHONE = "+8613800138000";

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
    private final InMemoryCodeStore store = new InMemoryCodeStore(now::get);
    private final RecordingSmsSender sms = new RecordingSmsSender();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final VerifyingCode verifying = new VerifyingCode(store, meters);
    private String right;

    @BeforeEach
    void aCodeWasSent() {
        new SendingCode(store, sms, new SecureRandom(), meters).send("login", PHONE);
        right = sms.sent.get(0).code().digits();
    }

    @Test
    void theRightCodeIsAcceptedOnceThenUsedUp() {
        assertThatNoException().isThrownBy(() -> verifying.verify("login", PHONE, right));

        assertRejected(right, Rejection.CODE_EXPIRED);
        assertThat(meters.counter("webook.code.verifications", "outcome", "accepted").count())
                .isEqualTo(1);
    }

    @Test
    void threeWrongAttemptsSpendTheCodeEvenForTheRightOne() {
        assertRejected(wrong(), Rejection.WRONG_CODE);
        assertRejected(wrong(), Rejection.WRONG_CODE);
        assertRejected(wrong(), Rejection.WRONG_CODE);

        assertRejected(right, Rejection.TOO_MANY_ATTEMPTS);
    }

    @Test
    void twoWrongAttemptsLeaveTheThirdForTheRightCode() {
        assertRejected(wrong(), Rejection.WRONG_CODE);
        assertRejected(wrong(), Rejection.WRONG_CODE);

        assertThatNoException().isThrownBy(() -> verifying.verify("login", PHONE, right));
    }

    @Test
    void aCodeOlderThanTenMinutesHasExpired() {
        now.set(now.get().plusSeconds(600));

        assertRejected(right, Rejection.CODE_EXPIRED);
    }

    @Test
    void aCodeIsOnlyGoodForItsPurposeAndPhone() {
        assertThatThrownBy(() -> verifying.verify("bind_phone", PHONE, right))
                .isInstanceOfSatisfying(CodeRejected.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.CODE_EXPIRED));
        assertThatThrownBy(() -> verifying.verify("login", "+8613900139000", right))
                .isInstanceOfSatisfying(CodeRejected.class, e -> assertThat(e.rejection()).isEqualTo(Rejection.CODE_EXPIRED));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "12345", "1234567", "abcdef", "12345 "})
    void aMalformedCodeIsRefusedWithoutSpendingAnAttempt(String typed) {
        int callsBefore = store.calls;
        for (int i = 0; i < 5; i++) {
            assertRejected(typed, Rejection.INVALID_ARGUMENT);
        }

        assertThat(store.calls).isEqualTo(callsBefore);
        assertThatNoException().isThrownBy(() -> verifying.verify("login", PHONE, right));
    }

    @Test
    void withTheStoreDownNothingIsAccepted() {
        store.down = true;

        assertThatThrownBy(() -> verifying.verify("login", PHONE, right)).isInstanceOf(CodeStoreUnavailable.class);
    }

    private String wrong() {
        return String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
    }

    private void assertRejected(String typed, Rejection rejection) {
        assertThatThrownBy(() -> verifying.verify("login", PHONE, typed))
                .isInstanceOfSatisfying(CodeRejected.class, e -> assertThat(e.rejection()).isEqualTo(rejection));
    }
}
