package com.webook.sms.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.webook.sms.domain.ScriptedVendor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeteredVendorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            accepted       | ok           | ok
            vendor error   | vendor_error | vendor_error
            timeout        | timeout      | timeout
            limited        | limited      | limited
            """)
    void timesEachSendUnderItsVendorAndOutcome(String name, String script, String outcome) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MeteredVendor vendor = new MeteredVendor(ScriptedVendor.of("tencent", script), meters);

        catchThrowable(() -> vendor.send(ScriptedVendor.message()));
        catchThrowable(() -> vendor.send(ScriptedVendor.message()));

        assertThat(meters.get(MeteredVendor.TIMER).tags("vendor", "tencent", "outcome", outcome).timer().count())
                .isEqualTo(2);
        assertThat(meters.find(MeteredVendor.TIMER).timers()).hasSize(1);
        assertThat(vendor.name()).isEqualTo("tencent");
    }
}
