package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Every app answers its health probes and Prometheus scrape on its management port. */
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

    @Test
    void theUserProviderHasProbesAndMetrics() {
        Api management = new Api(Platform.userProvider().managementUrl());

        assertThat(management.get("/actuator/health/liveness", null).body().path("status").asText()).isEqualTo("UP");
        assertThat(management.get("/actuator/health/readiness", null).body().path("status").asText()).isEqualTo("UP");
        String metrics = management.send("GET", "/actuator/prometheus", Map.of()).raw().body();
        assertThat(metrics).contains("application=\"webook-user\"").contains("hikaricp_connections");
    }
}
