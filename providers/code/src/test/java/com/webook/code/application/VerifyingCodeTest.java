package com.webook.code.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.webook.code.application.InMemoryCodeStore.Check;
import com.webook.code.domain.CodeRejected;
import com.webook.code.domain.CodeStore.Checked;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.Rejection;
import com.webook.code.domain.VerificationCode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the use case itself decides: a malformed code never reaches the store, the store is asked about the
 * caller's purpose and phone, and its answer becomes the caller's outcome and is counted. Which answer the
 * store gives when (three attempts, ten minutes, one use, one purpose and phone) is the check script's
 * rule, asserted against Redis in CodeServiceIT.
 */
class VerifyingCodeTest {

    private static final String PHONE = "+8613800138000";

    private final InMemoryCodeStore store = new InMemoryCodeStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final VerifyingCode verifying = new VerifyingCode(store, meters);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            right code        | ACCEPTED          | null              | accepted
            wrong code        | WRONG             | WRONG_CODE        | wrong
            attempts spent    | TOO_MANY_ATTEMPTS | TOO_MANY_ATTEMPTS | too_many_attempts
            no live code      | NO_LIVE_CODE      | CODE_EXPIRED      | no_live_code
            """)
    void theStoresAnswerIsTheCallersOutcomeAndIsCounted(String name, Checked answer, Rejection rejection,
                                                         String outcome) {
        store.answer = answer;

        Throwable thrown = catchThrowable(() -> verifying.verify("bind_phone", PHONE, "004213"));

        if (rejection == null) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOfSatisfying(CodeRejected.class,
                    e -> assertThat(e.rejection()).isEqualTo(rejection));
        }
        assertThat(store.checks).containsExactly(
                new Check(new CodeTarget("bind_phone", PHONE), new VerificationCode("004213")));
        assertThat(meters.find("webook.code.verifications").counters()).singleElement().satisfies(counter -> {
            assertThat(counter.getId().getTag("outcome")).isEqualTo(outcome);
            assertThat(counter.count()).isEqualTo(1);
        });
    }

    /** Only the store spends attempts, so a code that never reaches it spends none. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "12345", "1234567", "abcdef", "12345 "})
    void aMalformedCodeIsRefusedWithoutSpendingAnAttempt(String typed) {
        assertThatThrownBy(() -> verifying.verify("login", PHONE, typed))
                .isInstanceOfSatisfying(CodeRejected.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT));

        assertThat(store.calls).isZero();
    }

    @Test
    void withTheStoreDownNothingIsAccepted() {
        store.down = true;

        assertThatThrownBy(() -> verifying.verify("login", PHONE, "004213")).isInstanceOf(CodeStoreUnavailable.class);
    }
}
