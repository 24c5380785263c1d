package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Every app answers its health probes and Prometheus scrape on its management port, and only there. */
class OperabilityIT extends Scenario {

    @LocalManagementPort
    int managementPort;

    @Test
    void consumerWebHasProbesAndMetricsOnItsManagementPortOnly() {
        Api management = new Api("http://127.0.0.1:" + managementPort);
        api.get("/ping", null);

        assertThat(management.get("/actuator/health/liveness", null).body().path("status").asText()).isEqualTo("UP");
        assertThat(management.get("/actuator/health/readiness", null).body().path("status").asText()).isEqualTo("UP");
        String metrics = management.send("GET", "/actuator/prometheus", Map.of()).raw().body();
        assertThat(metrics).contains("http_server_requests_seconds_count").contains("application=\"webook-consumer-web\"");

        Answer onThePublicPort = api.get("/actuator/prometheus", null);
        assertThat(onThePublicPort.status()).isEqualTo(401);
    }

    /** name, the running app, its application tag, a meter only that app, wired, has (its pool, or its own). */
    static Stream<Arguments> providers() {
        return Stream.of(
                Arguments.of("user", (Supplier<BootProcess>) Platform::userProvider, "webook-user", "hikaricp_connections"),
                Arguments.of("code", (Supplier<BootProcess>) Platform::codeProvider, "webook-code", "webook_code_send_seconds"),
                Arguments.of("sms", (Supplier<BootProcess>) Platform::smsProvider, "webook-sms", "hikaricp_connections"),
                Arguments.of("article", (Supplier<BootProcess>) Platform::articleProvider, "webook-article", "hikaricp_connections"),
                Arguments.of("interactive", (Supplier<BootProcess>) Platform::interactiveProvider, "webook-interactive",
                        "hikaricp_connections"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void everyProviderHasProbesAndMetricsOnItsManagementPortOnly(String name, Supplier<BootProcess> app,
                                                                String application, String wiredMeter) {
        BootProcess process = app.get();
        Api management = new Api(process.managementUrl());

        assertThat(management.get("/actuator/health/liveness", null).body().path("status").asText()).isEqualTo("UP");
        assertThat(management.get("/actuator/health/readiness", null).body().path("status").asText()).isEqualTo("UP");
        String metrics = management.send("GET", "/actuator/prometheus", Map.of()).raw().body();
        assertThat(metrics).contains("application=\"" + application + "\"").contains("jvm_memory_used_bytes")
                .contains(wiredMeter);

        Answer onThePublicPort = new Api(process.baseUrl()).send("GET", "/actuator/prometheus", Map.of());
        assertThat(onThePublicPort.status()).as("the scrape on %s's public port", name).isNotEqualTo(200);
        assertThat(onThePublicPort.raw().body()).doesNotContain("jvm_memory_used_bytes");
    }
}
