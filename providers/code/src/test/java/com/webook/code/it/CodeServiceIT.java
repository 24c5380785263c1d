package com.webook.code.it;

import static com.webook.provider.support.error.Incidents.assertIncident;
import static com.webook.provider.support.error.Incidents.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.code.v1.CodeService;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.code.domain.CodeTarget;
import com.webook.code.infrastructure.redis.RedisCodeStore;
import com.webook.governance.testkit.Concurrently;
import com.webook.provider.support.testing.RemoteServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Codes through Dubbo against the real Redis: every branch of the Lua scripts, and the two
 * concurrency promises (one SMS for 100 simultaneous sends, one success for 100 simultaneous verifies).
 * Time is moved by changing the keys' expiry in Redis, not by sleeping.
 */
@CodeProviderIntegrationTest
class CodeServiceIT {

    @Autowired
    RemoteServices remote;

    CodeService codes;

    @Autowired
    RecordedSms.Outbox sms;

    @Autowired
    StringRedisTemplate redis;

    private final String phone = "+86139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

    /** The provider is reached once its registration arrived and the TLS connection to it is up. */
    @BeforeEach
    void providerIsReachable() {
        codes = remote.discovered(CodeService.class);
    }

    @AfterEach
    void sendingWorks() {
        sms.failing(false);
    }

    @Test
    void aSentCodeLogsInOnceAndIsStoredWithItsExpiry() {
        codes.send("login", phone);

        String code = onlyCodeSentTo(phone);
        assertThat(code).matches("[0-9]{6}");
        String key = RedisCodeStore.key(new CodeTarget("login", phone));
        assertThat(redis.opsForValue().get(key)).isEqualTo(code);
        assertThat(redis.opsForValue().get(key + ":cnt")).isEqualTo("3");
        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(595L, 600L);

        assertThatNoException().isThrownBy(() -> codes.verify("login", phone, code));
        assertThat(redis.opsForValue().get(key + ":cnt")).as("used up").isEqualTo("-1");
        assertRejected(() -> codes.verify("login", phone, code), CodeErrorCode.CODE_EXPIRED);
    }

    @Test
    void aSecondSendWithinAMinuteIsRefusedAndAllowedAfterIt() {
        codes.send("login", phone);
        assertRejected(() -> codes.send("login", phone), CodeErrorCode.TOO_FREQUENT);
        assertThat(sms.to(phone)).hasSize(1);

        ageBy(phone, 60);
        codes.send("login", phone);

        assertThat(sms.to(phone)).hasSize(2);
        String newest = sms.to(phone).get(1).code();
        assertThatNoException().isThrownBy(() -> codes.verify("login", phone, newest));
    }

    @Test
    void theResendMinuteIsPerPurposeAndPhone() {
        String otherPhone = "+86138" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        codes.send("login", phone);

        assertThatNoException().isThrownBy(() -> codes.send("bind_phone", phone));
        assertThatNoException().isThrownBy(() -> codes.send("login", otherPhone));
        assertThat(sms.to(phone)).hasSize(2);
        assertThat(sms.to(otherPhone)).hasSize(1);
    }

    @Test
    void threeWrongAttemptsSpendTheCode() {
        codes.send("login", phone);
        String code = onlyCodeSentTo(phone);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertRejected(() -> codes.verify("login", phone, wrong(code)), CodeErrorCode.WRONG_CODE);
        }

        assertRejected(() -> codes.verify("login", phone, code), CodeErrorCode.TOO_MANY_ATTEMPTS);
    }

    @Test
    void twoWrongAttemptsLeaveTheThirdForTheRightCode() {
        codes.send("login", phone);
        String code = onlyCodeSentTo(phone);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertRejected(() -> codes.verify("login", phone, wrong(code)), CodeErrorCode.WRONG_CODE);
        }

        assertThatNoException().isThrownBy(() -> codes.verify("login", phone, code));
    }

    /**
     * The code and its attempts both live ten minutes from the send: ten seconds before the end a guess is
     * still counted as wrong (neither key is gone), at the end the right code is too late.
     */
    @Test
    void aCodeAndItsAttemptsLiveTenMinutesAndNoLonger() {
        codes.send("login", phone);
        String code = onlyCodeSentTo(phone);

        ageBy(phone, 590);
        assertRejected(() -> codes.verify("login", phone, wrong(code)), CodeErrorCode.WRONG_CODE);

        ageBy(phone, 10);
        assertRejected(() -> codes.verify("login", phone, code), CodeErrorCode.CODE_EXPIRED);
    }

    @Test
    void aCodeIsOnlyGoodForItsPurposeAndPhone() {
        codes.send("login", phone);
        String code = onlyCodeSentTo(phone);
        String otherPhone = "+86138" + phone.substring("+86139".length());

        assertRejected(() -> codes.verify("bind_phone", phone, code), CodeErrorCode.CODE_EXPIRED);
        assertRejected(() -> codes.verify("login", otherPhone, code), CodeErrorCode.CODE_EXPIRED);

        assertThatNoException().as("its own").isThrownBy(() -> codes.verify("login", phone, code));
    }

    @Test
    void anExpiredOrNeverSentCodeIsExpired() {
        assertRejected(() -> codes.verify("login", phone, "123456"), CodeErrorCode.CODE_EXPIRED);

        codes.send("login", phone);
        String key = RedisCodeStore.key(new CodeTarget("login", phone));
        redis.delete(List.of(key, key + ":cnt")); // what Redis does when the 10 minutes are up

        assertRejected(() -> codes.verify("login", phone, onlyCodeSentTo(phone)), CodeErrorCode.CODE_EXPIRED);
    }

    @Test
    void aCodeKeyWithoutExpiryIsAnOutageNotASend() {
        String key = RedisCodeStore.key(new CodeTarget("login", phone));
        redis.opsForValue().set(key, "000000");

        assertIncident(PlatformErrorCode.UNAVAILABLE, () -> codes.send("login", phone));
        assertThat(sms.to(phone)).isEmpty();
        assertThat(redis.opsForValue().get(key)).isEqualTo("000000");
        redis.delete(key);
    }

    @Test
    void whenSmsFailsTheCodeIsWithdrawnAndTheUserMayAskAgainAtOnce() {
        sms.failing(true);
        assertRejected(() -> codes.send("login", phone), CodeErrorCode.SEND_FAILED);
        assertThat(redis.hasKey(RedisCodeStore.key(new CodeTarget("login", phone)))).isFalse();

        sms.failing(false);
        codes.send("login", phone);
        assertThat(sms.to(phone)).hasSize(1);
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        assertRejected(() -> codes.send("LOGIN", phone), CodeErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> codes.send("login", "0800-CALL-ME"), CodeErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> codes.send(null, null), CodeErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> codes.verify("login", phone, "12345"), CodeErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> codes.verify("login", phone, "' OR 1"), CodeErrorCode.INVALID_ARGUMENT);

        assertThat(redis.keys(RedisCodeStore.KEY_PREFIX + "*" + phone + "*")).isEmpty();
        assertThat(sms.to(phone)).isEmpty();
    }

    @Test
    void hundredSimultaneousSendsDeliverExactlyOneSms() throws Exception {
        List<Object> outcomes = Concurrently.all(100, () -> {
            try {
                codes.send("login", phone);
                return "sent";
            } catch (ServiceException e) {
                return e.errorCode();
            }
        });

        assertThat(outcomes).filteredOn("sent"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(CodeErrorCode.TOO_FREQUENT::equals).hasSize(99);
        assertThat(sms.to(phone)).hasSize(1);
    }

    @Test
    void hundredSimultaneousVerifiesOfTheRightCodeSucceedExactlyOnce() throws Exception {
        codes.send("login", phone);
        String code = onlyCodeSentTo(phone);

        List<Object> outcomes = Concurrently.all(100, () -> {
            try {
                codes.verify("login", phone, code);
                return "accepted";
            } catch (ServiceException e) {
                return e.errorCode();
            }
        });

        assertThat(outcomes).filteredOn("accepted"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(CodeErrorCode.CODE_EXPIRED::equals).hasSize(99);
    }

    /** Makes the target's code look {@code seconds} older. */
    private void ageBy(String phone, int seconds) {
        String key = RedisCodeStore.key(new CodeTarget("login", phone));
        for (String k : List.of(key, key + ":cnt")) {
            long left = redis.getExpire(k, TimeUnit.MILLISECONDS);
            redis.expire(k, Duration.ofMillis(left - seconds * 1000L));
        }
    }

    /** A code that is not {@code code}. */
    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private String onlyCodeSentTo(String phone) {
        assertThat(sms.to(phone)).hasSize(1);
        return sms.to(phone).get(0).code();
    }

    /**
     * Sending a code to any phone, and guessing one, from outside: only consumer-web may. Another platform
     * app (the SMS provider's certificate), a certificate the platform did not issue, none at all and
     * plaintext are refused, and nothing is sent.
     */
    @Test
    void onlyConsumerWebMayCallAndNothingIsSentForAnyoneElse() {
        remote.assertOnlyAllowedCallers(CodeService.class, "webook-sms", "send", "[\"login\",\"" + phone + "\"]");
        remote.assertOnlyAllowedCallers(CodeService.class, "webook-sms", "verify",
                "[\"login\",\"" + phone + "\",\"123456\"]");

        assertThat(sms.to(phone)).isEmpty();
        assertThat(redis.hasKey(RedisCodeStore.key(new CodeTarget("login", phone)))).isFalse();
    }
}
