package com.webook.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitedVendorTest {

    /** A limiter that answers from a script: allow, deny or down. Records the keys it was asked about. */
    static final class ScriptedLimiter implements RateLimiter {
        final String answer;
        final List<String> asked = new ArrayList<>();

        ScriptedLimiter(String answer) {
            this.answer = answer;
        }

        @Override
        public boolean tryAcquire(String key, int limit, Duration window) {
            asked.add(key + " " + limit + "/" + window.toMillis());
            return switch (answer) {
                case "allow" -> true;
                case "deny" -> false;
                default -> throw new IllegalStateException("connection refused");
            };
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            under the limit: sent             | allow | ok           | ok           | 1
            over the limit: limited, not sent | deny  | ok           | LIMITED      | 0
            limiter down: limited, not sent   | down  | ok           | LIMITED      | 0
            vendor error passes through       | allow | vendor_error | VENDOR_ERROR | 1
            vendor timeout passes through     | allow | timeout      | TIMEOUT      | 1
            """)
    void sendsOnlyWhenTheLimiterAllows(String name, String limiterAnswer, String vendorScript, String expected,
                                       int vendorCalls) {
        ScriptedVendor vendor = ScriptedVendor.of("tencent", vendorScript);
        ScriptedLimiter limiter = new ScriptedLimiter(limiterAnswer);
        RateLimitedVendor limited = new RateLimitedVendor(vendor, limiter, 5, Duration.ofSeconds(2));

        if (expected.equals("ok")) {
            assertThat(limited.send(ScriptedVendor.message()).vendor()).isEqualTo("tencent");
        } else {
            VendorFailure failure = catchThrowableOfType(VendorFailure.class, () -> limited.send(ScriptedVendor.message()));
            assertThat(failure.outcome()).isEqualTo(VendorFailure.Outcome.valueOf(expected));
            assertThat(failure.vendor()).isEqualTo("tencent");
        }
        assertThat(vendor.calls()).isEqualTo(vendorCalls);
        assertThat(limiter.asked).containsExactly("sms:limit:tencent 5/2000");
    }

    @Test
    void keepsTheVendorsName() {
        assertThat(new RateLimitedVendor(ScriptedVendor.of("aliyun", "ok"), new ScriptedLimiter("allow"), 1,
                Duration.ofSeconds(1)).name()).isEqualTo("aliyun");
    }

    @Test
    void refusesANonsenseLimit() {
        ScriptedVendor vendor = ScriptedVendor.of("a", "ok");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitedVendor(vendor, new ScriptedLimiter("allow"), 0, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimitedVendor(vendor, new ScriptedLimiter("allow"), 1, Duration.ZERO));
    }
}
