package com.webook.governance.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.config.SentinelConfig;
import com.alibaba.csp.sentinel.init.InitExecutor;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.webook.governance.etcd.EtcdConnections;
import com.webook.governance.sentinel.EtcdRuleSource;
import com.webook.governance.sentinel.OneAddressCommandCenter;
import com.webook.governance.testkit.TestEtcd;
import org.apache.dubbo.common.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console and a real Sentinel instance (this test's JVM, as an app starts it: rules from etcd, the stock
 * heartbeat pointed at the console, the command API on loopback): the instance appears by its heartbeat
 * with no traffic, its rules are compared with etcd's (a direct setRules is flagged, a re-sync mends it),
 * and its metrics are read and summed per app.
 */
class InstancesIT extends ConsoleIT {

    private static final String APP = "it-sentinel-" + UUID.randomUUID().toString().substring(0, 8);
    private static EtcdConnections.Connection connection;
    private static EtcdRuleSource rules;

    @BeforeEach
    void startSentinelOnce() {
        if (rules != null) {
            return;
        }
        System.setProperty(SentinelConfig.APP_NAME_PROP_KEY, APP);
        SentinelConfig.setConfig(SentinelConfig.APP_NAME_PROP_KEY, APP);
        SentinelConfig.setConfig(OneAddressCommandCenter.ADDRESS, "127.0.0.1");
        SentinelConfig.setConfig(TransportConfig.SERVER_PORT, "0");
        SentinelConfig.setConfig(TransportConfig.CONSOLE_SERVER, "127.0.0.1:" + port);
        SentinelConfig.setConfig(TransportConfig.HEARTBEAT_CLIENT_IP, "127.0.0.1");
        SentinelConfig.setConfig(TransportConfig.HEARTBEAT_INTERVAL_MS, "1000");
        connection = EtcdConnections.acquire(URL.valueOf("etcd://" + TestEtcd.endpoints()).setUsername(TestEtcd.APP)
                .setPassword(TestEtcd.password(TestEtcd.secrets(), TestEtcd.APP)));
        rules = new EtcdRuleSource(connection.client(), NAMESPACE, APP);
        rules.start();
        InitExecutor.doInit();
    }

    @AfterAll
    static void stop() {
        if (rules != null) {
            rules.close();
            connection.close();
        }
    }

    @Test
    void anInstanceAppearsByItsHeartbeatAndADirectSetRulesIsFlaggedAndMended() throws Exception {
        await("the instance appears with no traffic").atMost(Duration.ofSeconds(20)).until(() -> instance() != null
                && instance().path("live").asBoolean());
        assertThat(post("/api/v1/apps/" + APP + "/rules/flow", "{\"rule\":{\"resource\":\"it-resource\",\"count\":100}}")
                .status()).isEqualTo(200);
        await("its rules match etcd's").atMost(Duration.ofSeconds(10))
                .until(() -> "IN_SYNC".equals(instance().path("rules").path("FLOW").path("state").asText()));

        // a system rule is reported back without its id, one rule per threshold: still in sync
        assertThat(post("/api/v1/apps/" + APP + "/rules/system", "{\"rule\":{\"qps\":5000,\"avgRt\":800}}").status())
                .isEqualTo(200);
        await("a system rule matches etcd's").atMost(Duration.ofSeconds(10))
                .until(() -> "IN_SYNC".equals(instance().path("rules").path("SYSTEM").path("state").asText()));

        setRulesDirectly("[{\"resource\":\"it-resource\",\"count\":1}]");
        long changed = System.nanoTime();
        await("a direct setRules is flagged").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> "DRIFTED".equals(instance().path("rules").path("FLOW").path("state").asText()));
        System.out.printf("a direct setRules was flagged as drift %d ms later%n", (System.nanoTime() - changed) / 1_000_000);
        assertThat(get("/api/v1/apps").data().findValuesAsText("drifted")).contains("1");

        JsonNode self = instance();
        Answer resync = post("/api/v1/apps/" + APP + "/instances/" + self.path("machine").path("ip").asText() + "/"
                + self.path("machine").path("port").asInt() + "/resync", "");
        assertThat(resync.status()).as(resync.body().toString()).isEqualTo(200);
        assertThat(resync.data().path("typesLoaded").asInt()).isEqualTo(1);
        assertThat(instance().path("rules").path("FLOW").path("state").asText()).isEqualTo("IN_SYNC");
        assertThat(get("/api/v1/audit?limit=20").data().findValuesAsText("action")).contains("resync");
    }

    @Test
    void itsMetricsAreReadAndSummedPerApp() {
        await().atMost(Duration.ofSeconds(20)).until(() -> instance() != null);
        long until = System.currentTimeMillis() + 2500;
        int passed = 0;
        while (System.currentTimeMillis() < until) {
            try (Entry entry = SphU.entry("it-metrics")) {
                passed++;
            } catch (BlockException blocked) {
                // no rule on this resource
            }
        }
        int calls = passed;
        await("the calls show in the console").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode resources = get("/api/v1/apps/" + APP + "/metrics?minutes=5").data();
                    for (JsonNode resource : resources) {
                        if (resource.path("resource").asText().equals("it-metrics")) {
                            return resource.path("pass").asLong() == calls;
                        }
                    }
                    return false;
                });
    }

    /** This JVM's instance as the console lists it, or null. */
    private JsonNode instance() {
        for (JsonNode app : get("/api/v1/apps").data()) {
            if (app.path("app").asText().equals(APP)) {
                for (JsonNode instance : app.path("instances")) {
                    if (instance.path("machine").path("port").asInt() == TransportConfig.getRuntimePort()) {
                        return instance;
                    }
                }
            }
        }
        return null;
    }

    private static void setRulesDirectly(String json) throws Exception {
        String data = URLEncoder.encode(URLEncoder.encode(json, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + TransportConfig.getRuntimePort() + "/setRules"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=flow&data=" + data)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
