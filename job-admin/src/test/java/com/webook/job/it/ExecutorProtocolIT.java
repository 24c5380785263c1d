package com.webook.job.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.webook.job.demo.ExecutorProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The executor protocol against stock {@code xxl-job-core} 3.2.0 executors in processes of their own: they
 * register with their app's token, run what job-admin sends, report back, show their log text through
 * job-admin, and drop out; a wrong token, a foreign app's runs and an address outside the app's networks
 * are refused.
 */
class ExecutorProtocolIT extends JobAdminIT {

    static final String APP = "webook-demo";
    static final String TOKEN = "it-demo-executor-token-0123456789";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static ExecutorProcess first;
    static ExecutorProcess second;


    @BeforeAll
    static void executors(@Autowired JdbcTemplate jdbc, @LocalServerPort int port) throws Exception {
        CleanSlate.once(jdbc);
        String adminAddress = "http://127.0.0.1:" + port + "/";
        first = ExecutorProcess.start(adminAddress, APP, TOKEN, FreePorts.next(), dir.resolve("first"), null);
        second = ExecutorProcess.start(adminAddress, APP, TOKEN, FreePorts.next(), dir.resolve("second"), null);
    }

    @AfterAll
    static void stop() throws Exception {
        for (ExecutorProcess executor : new ExecutorProcess[] {first, second}) {
            if (executor != null) {
                executor.close();
            }
        }
    }

    @Test
    void aStockExecutorRegistersRunsATriggeredJobAndShowsItsLogText() {
        awaitLive(first.address(), second.address());

        JsonNode job = createJob("echo-" + System.nanoTime(), "demoEcho", "FIRST", 0);
        JsonNode run = admin().post("/api/v1/jobs/" + job.path("id").asLong() + "/trigger", Map.of("param", "hello 你好"))
                .data();

        JsonNode done = awaitEnd(run.path("id").asLong());
        assertThat(done.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(done.path("trigger").asText()).isEqualTo("MANUAL");
        assertThat(done.path("executor").asText()).isIn(first.address(), second.address());
        assertThat(done.path("resultMsg").asText()).isEqualTo("echoed hello 你好");
        JsonNode log = admin().get("/api/v1/runs/" + run.path("id").asLong() + "/log").data();
        assertThat(log.path("content").asText()).contains("hello from the demo executor, param=hello 你好");
    }

    @Test
    void aFailingHandlerIsRetriedWithBackoffAndEachFailureIsItsOwnRun() {
        awaitLive(first.address());
        JsonNode job = createJob("fail-" + System.nanoTime(), "demoFail", "FIRST", 2);

        long firstRun = admin().post("/api/v1/jobs/" + job.path("id").asLong() + "/trigger", Map.of()).data().path("id")
                .asLong();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(runsOf(job)).hasSize(3)
                .allSatisfy(run -> assertThat(run.path("state").asText()).isEqualTo("FAILED")));
        List<JsonNode> runs = runsOf(job);
        assertThat(runs).extracting(run -> run.path("attempt").asInt()).containsExactly(2, 1, 0);
        assertThat(runs.get(2).path("id").asLong()).isEqualTo(firstRun);
        assertThat(runs.get(1).path("parentRunId").asLong()).isEqualTo(firstRun);
        assertThat(runs.get(0).path("trigger").asText()).isEqualTo("RETRY");
        assertThat(runs.get(0).path("resultMsg").asText()).isEqualTo("failed on purpose");
        // each retry waits its backoff (200 ms, then 400 ms) after the failure before it
        assertThat(java.time.Duration.between(instant(runs.get(2), "finishedAt"), instant(runs.get(1), "scheduledAt")))
                .isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(java.time.Duration.between(instant(runs.get(1), "finishedAt"), instant(runs.get(0), "scheduledAt")))
                .isGreaterThanOrEqualTo(Duration.ofMillis(390));
    }

    @Test
    void failoverSendsToTheNextInstanceWhenOneWasKilledAndTheKilledOneDropsOut() throws Exception {
        try (ExecutorProcess doomed = ExecutorProcess.start("http://127.0.0.1:" + port + "/", APP, TOKEN,
                lowPort(), dir.resolve("doomed"), null)) {
            awaitLive(doomed.address(), first.address());
            JsonNode job = createJob("failover-" + System.nanoTime(), "demoEcho", "FAILOVER", 0);
            doomed.kill();

            JsonNode run = admin().post("/api/v1/jobs/" + job.path("id").asLong() + "/trigger", Map.of()).data();

            JsonNode done = awaitEnd(run.path("id").asLong());
            assertThat(done.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(done.path("executor").asText()).isNotEqualTo(doomed.address());
            // it stops renewing; 90 s later (moved here by the clock of its last renewal) it is no longer live
            jdbc.update("UPDATE job_executor SET renewed_at = NOW(3) - INTERVAL 91 SECOND WHERE address = ?",
                    doomed.address());
            assertThat(liveInstances()).doesNotContain(doomed.address()).contains(first.address());
            awaitDispatcherRereads();
        }
    }

    @Test
    void aWrongTokenIsRefusedAndNothingIsListed() throws Exception {
        try (ExecutorProcess impostor = ExecutorProcess.start("http://127.0.0.1:" + port + "/", APP,
                "not-the-token-of-webook-demo", FreePorts.next(), dir.resolve("impostor"), null)) {
            AdminApi.Answer refused = admin().postRaw("/api/registry", """
                    {"registryGroup":"EXECUTOR","registryKey":"webook-demo","registryValue":"%s"}"""
                    .formatted(impostor.address()), Map.of("XXL-JOB-ACCESS-TOKEN", "not-the-token-of-webook-demo"));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().path("code").asInt()).isEqualTo(500);
            assertThat(allInstances()).doesNotContain(impostor.address());
        }
    }

    @Test
    void anotherAppsTokenOpensOnlyThatApp() {
        AdminApi.Answer refused = admin().postRaw("/api/registry", """
                {"registryGroup":"EXECUTOR","registryKey":"webook-demo","registryValue":"http://127.0.0.1:1/"}""",
                Map.of("XXL-JOB-ACCESS-TOKEN", "it-other-executor-token-0123456789"));

        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void anAppCannotReportAnotherAppsRuns() {
        awaitLive(first.address());
        JsonNode job = createJob("sleep-" + System.nanoTime(), "demoSleep", "FIRST", 0);
        long run = admin().post("/api/v1/jobs/" + job.path("id").asLong() + "/trigger", Map.of("param", "3000")).data()
                .path("id").asLong();

        AdminApi.Answer answer = admin().postRaw("/api/callback", """
                [{"logId":%d,"logDateTim":0,"handleCode":200,"handleMsg":"forged"}]""".formatted(run),
                Map.of("XXL-JOB-ACCESS-TOKEN", "it-other-executor-token-0123456789"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/runs/" + run).data().path("resultMsg").asText()).isNotEqualTo("forged");
        assertThat(awaitEnd(run).path("resultMsg").asText()).isEqualTo("slept");
    }

    @Test
    void anAddressOutsideTheAppsNetworksIsRefused() {
        AdminApi.Answer refused = admin().postRaw("/api/registry", """
                {"registryGroup":"EXECUTOR","registryKey":"webook-faraway","registryValue":"http://127.0.0.1:9999/"}""",
                Map.of("XXL-JOB-ACCESS-TOKEN", "it-faraway-executor-token-0123456789"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("msg").asText()).contains("outside the networks allowed");
    }

    @Test
    void anAddressJobAdminCannotReachIsRefused() {
        AdminApi.Answer refused = admin().postRaw("/api/registry", """
                {"registryGroup":"EXECUTOR","registryKey":"webook-demo","registryValue":"http://127.0.0.1:%d/"}"""
                .formatted(FreePorts.next()), Map.of("XXL-JOB-ACCESS-TOKEN", TOKEN));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("msg").asText()).contains("cannot reach");
    }

    @Test
    void aRepeatedCallbackChangesNothing() {
        awaitLive(first.address());
        JsonNode job = createJob("repeat-" + System.nanoTime(), "demoEcho", "FIRST", 0);
        long run = admin().post("/api/v1/jobs/" + job.path("id").asLong() + "/trigger", Map.of()).data().path("id")
                .asLong();
        awaitEnd(run);

        // an executor re-sending what it spooled while the admins were away
        AdminApi.Answer again = admin().postRaw("/api/callback", """
                [{"logId":%d,"logDateTim":0,"handleCode":500,"handleMsg":"late and wrong"}]""".formatted(run),
                Map.of("XXL-JOB-ACCESS-TOKEN", TOKEN));

        assertThat(again.status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/runs/" + run).data().path("state").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void theFiguresAreInPrometheus() {
        awaitLive(first.address());
        JsonNode job = createJob("measured-" + System.nanoTime(), "demoEcho", "FIRST", 0);
        awaitEnd(admin().post("/api/v1/jobs/" + job.path("id").asLong() + "/trigger", Map.of()).data().path("id").asLong());

        await().atMost(PATIENCE).untilAsserted(() -> {
            String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).contains("webook_job_fire_lag_seconds_bucket", "webook_job_runs_total{",
                    "result=\"succeeded\"", "webook_job_executors_up{", "app=\"webook-demo\"");
        });
    }

    // --- helpers ---------------------------------------------------------------------------------------

    JsonNode createJob(String name, String handler, String routing, int retries) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("app", APP);
        job.put("name", name);
        job.put("scheduleType", "NONE");
        job.put("handler", handler);
        job.put("routing", routing);
        job.put("maxRetries", retries);
        job.put("retryBackoffMs", 200);
        AdminApi.Answer created = admin().post("/api/v1/jobs", job);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.data();
    }

    List<JsonNode> runsOf(JsonNode job) {
        return list(admin().get("/api/v1/runs?job=" + job.path("id").asLong()).data());
    }

    JsonNode awaitEnd(long run) {
        return await().atMost(PATIENCE).until(() -> admin().get("/api/v1/runs/" + run).data(),
                node -> !List.of("SCHEDULED", "SENDING", "RUNNING").contains(node.path("state").asText()));
    }

    void awaitLive(String... addresses) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(liveInstances()).contains(addresses));
    }

    List<String> liveInstances() {
        return instances(true);
    }

    List<String> allInstances() {
        return instances(false);
    }

    List<String> instances(boolean liveOnly) {
        JsonNode apps = admin().get("/api/v1/executors").data();
        List<String> found = new java.util.ArrayList<>();
        for (JsonNode app : apps) {
            for (JsonNode instance : app.path("instances")) {
                if (!liveOnly || instance.path("live").asBoolean()) {
                    found.add(instance.path("address").asText());
                }
            }
        }
        return found;
    }

    /**
     * Waits until the admin's dispatcher has read the live instances again after a test took one out by
     * hand (it reads them once a second), so the next test's runs are not routed to it.
     */
    static void awaitDispatcherRereads() throws InterruptedException {
        Thread.sleep(com.webook.job.application.DispatchingRuns.LIVE_INSTANCES_FOR.toMillis() + 200);
    }

    static java.time.Instant instant(JsonNode node, String field) {
        return java.time.Instant.parse(node.path(field).asText());
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** A port that sorts before the others' addresses, so FAILOVER tries the doomed instance first. */
    static int lowPort() {
        for (int port = 10000; port < 10999; port++) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (java.io.IOException taken) {
                // next
            }
        }
        throw new IllegalStateException("no free port in 10000-10999");
    }
}
