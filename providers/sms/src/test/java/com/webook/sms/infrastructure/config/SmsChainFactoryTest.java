package com.webook.sms.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.webook.sms.domain.OrderedFailover;
import com.webook.sms.domain.RateLimiter;
import com.webook.sms.domain.ScriptedVendor;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.TimeoutCountFailover;
import com.webook.sms.domain.VendorFailure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsChainFactoryTest {

    final List<String> limited = new ArrayList<>();
    final RateLimiter denyAll = (key, limit, window) -> {
        limited.add(key);
        return false;
    };
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    static SmsProperties properties(List<String> vendors, String failover, Map<String, SmsProperties.RateLimit> limits) {
        return new SmsProperties(vendors, failover, 2, limits,
                new SmsProperties.Async(true, 1, 10, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(1), 3),
                "dev-only-key", Map.of(), null, null, null);
    }

    Map<String, Supplier<SmsVendor>> adapters(String tencentScript, String aliyunScript) {
        Map<String, Supplier<SmsVendor>> adapters = new LinkedHashMap<>();
        adapters.put("tencent", () -> ScriptedVendor.of("tencent", tencentScript));
        adapters.put("aliyun", () -> ScriptedVendor.of("aliyun", aliyunScript));
        return adapters;
    }

    @Test
    void vendorsAreTriedInTheConfiguredOrder() {
        SmsVendor chain = SmsChainFactory.compose(properties(List.of("aliyun", "tencent"), "ordered", Map.of()),
                adapters("ok", "vendor_error"), denyAll, meters);

        assertThat(chain).isInstanceOf(OrderedFailover.class);
        assertThat(chain.send(ScriptedVendor.message()).vendor()).isEqualTo("tencent");
        assertThat(meters.get("webook.sms.send").tags("vendor", "aliyun", "outcome", "vendor_error").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("webook.sms.send").tags("vendor", "tencent", "outcome", "ok").timer().count()).isEqualTo(1);
    }

    @Test
    void aRateLimitAppliesToItsVendorOnly() {
        SmsVendor chain = SmsChainFactory.compose(properties(List.of("tencent", "aliyun"), "ordered",
                        Map.of("tencent", new SmsProperties.RateLimit(5, Duration.ofSeconds(1)))),
                adapters("ok", "ok"), denyAll, meters);

        assertThat(chain.send(ScriptedVendor.message()).vendor()).isEqualTo("aliyun");
        assertThat(limited).containsExactly("sms:limit:tencent");
        assertThat(meters.get("webook.sms.send").tags("vendor", "tencent", "outcome", "limited").timer().count())
                .isEqualTo(1);
    }

    @Test
    void timeoutCountIsChosenByName() {
        SmsVendor chain = SmsChainFactory.compose(properties(List.of("tencent", "aliyun"), "timeout-count", Map.of()),
                adapters("timeout", "ok"), denyAll, meters);

        assertThat(chain).isInstanceOf(TimeoutCountFailover.class);
        for (int i = 0; i < 2; i++) {
            try {
                chain.send(ScriptedVendor.message());
            } catch (VendorFailure expected) {
                assertThat(expected.outcome()).isEqualTo(VendorFailure.Outcome.TIMEOUT);
            }
        }
        assertThat(chain.send(ScriptedVendor.message()).vendor()).isEqualTo("aliyun");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no vendors                  |                 | ordered       |         | webook.sms.vendors is empty
            unknown vendor              | tencent,twilio  | ordered       |         | unknown vendor 'twilio'
            a vendor twice              | tencent,tencent | ordered       |         | names a vendor twice
            unknown failover            | tencent         | round-robin   |         | webook.sms.failover must be
            limit on an unlisted vendor | tencent         | ordered       | aliyun  | webook.sms.rate-limits.aliyun
            """)
    void refusesAConfigurationItCannotBuild(String name, String vendors, String failover, String limitedVendor,
                                            String message) {
        List<String> names = vendors == null ? List.of() : List.of(vendors.split(","));
        Map<String, SmsProperties.RateLimit> limits = limitedVendor == null ? Map.of()
                : Map.of(limitedVendor, new SmsProperties.RateLimit(1, Duration.ofSeconds(1)));

        assertThatIllegalStateException()
                .isThrownBy(() -> SmsChainFactory.compose(properties(names, failover, limits), adapters("ok", "ok"),
                        denyAll, meters))
                .withMessageContaining(message);
    }
}
