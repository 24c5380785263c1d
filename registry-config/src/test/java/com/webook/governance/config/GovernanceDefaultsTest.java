package com.webook.governance.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GovernanceDefaultsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "127.0.0.1,  [::ffff:127.0.0.1]",
            "127.0.1.5,  [::ffff:127.0.1.5]",
            "localhost,  [::ffff:127.0.0.1]",
            "10.1.2.3,   10.1.2.3",
            "0.0.0.0,    none",
            "'',         none",
    })
    void dubboBindsTheConfiguredHostAndLoopbackStaysLoopback(String host, String expected) {
        assertThat(GovernanceDefaults.rpcHost(host)).isEqualTo(expected);
    }
}
