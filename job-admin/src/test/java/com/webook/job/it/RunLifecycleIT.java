package com.webook.job.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
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
 * What happens to a run between its send and its end, on a stock executor: killed by an operator, timed
 * out by the executor, kept to one at a time when the job is exclusive, followed by its children, lost
 * with an executor that vanished, and corrected by a late callback (an executor's spool after an outage).
 */
class RunLifecycleIT extends OneDemoExecutorIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anOperatorKillsARunningRun() {
        long job = job("demoSleep", Map.of());
        long run = trigger(job, "60000");
        await().atMost(PATIENCE).until(() -> state(run).equals("RUNNING"));

        AdminApi.Answer killed = admin().post("/api/v1/runs/" + run + "/kill", Map.of());

        assertThat(killed.status()).as(killed.body().toString()).isEqualTo(200);
        assertThat(killed.data().path("state").asText()).isEqualTo("KILLED");
        assertThat(admin().post("/api/v1/runs/" + run + "/kill", Map.of()).status()).isEqualTo(409);
        // the executor's own report of the killed thread does not change what the operator did
        assertThat(awaitFinal(run).path("state").asText()).isEqualTo("KILLED");
    }

    @Test
    void theExecutorEndsARunAtItsTimeout() {
        long job = job("demoSleep", Map.of("timeoutSeconds", 1));
        long run = trigger(job, "10000");

        JsonNode done = awaitFinal(run);

        assertThat(done.path("state").asText()).isEqualTo("TIMED_OUT");
        assertThat(done.path("resultCode").asInt()).isEqualTo(502);
    }

    @Test
    void anExclusiveJobRunsOnceAtATime() {
        long job = job("demoSleep", Map.of("exclusive", true));
        long first = trigger(job, "3000");
        await().atMost(PATIENCE).until(() -> state(first).equals("RUNNING"));

        long second = trigger(job, "0");

        assertThat(awaitFinal(second).path("state").asText()).isEqualTo("SKIPPED");
        assertThat(awaitFinal(second).path("resultMsg").asText()).contains("still running");
        assertThat(awaitFinal(first).path("state").asText()).isEqualTo("SUCCEEDED");
        long third = trigger(job, "0");
        assertThat(awaitFinal(third).path("state").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aSucceededRunFiresTheJobsChildrenAndAFailedOneDoesNot() {
        long child = job("demoEcho", Map.of());
        long parent = job("demoEcho", Map.of("children", List.of(child)));
        long failing = job("demoFail", Map.of("children", List.of(child)));

        long run = trigger(parent, "parent");
        awaitFinal(run);
        trigger(failing, "");

        JsonNode childRun = await().atMost(PATIENCE).until(() -> runsOf(child), runs -> !runs.isEmpty()).get(0);
        assertThat(childRun.path("trigger").asText()).isEqualTo("CHILD");
        assertThat(childRun.path("parentRunId").asLong()).isEqualTo(run);
        assertThat(awaitFinal(childRun.path("id").asLong()).path("state").asText()).isEqualTo("SUCCEEDED");
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
        assertThat(runsOf(child)).hasSize(1);
    }

    @Test
    void aRunWhoseExecutorVanishedIsLostAndALateCallbackCorrectsIt() throws Exception {
        // Registered by this process, not a row an earlier test's executor on the same low port left behind
        // (ExecutorProtocolIT's doomed one): the run must go to this one.
        java.sql.Timestamp started = jdbc.queryForObject("SELECT NOW(3)", java.sql.Timestamp.class);
        try (ExecutorProcess doomed = ExecutorProcess.start("http://127.0.0.1:" + port + "/", ExecutorProtocolIT.APP,
                ExecutorProtocolIT.TOKEN, ExecutorProtocolIT.lowPort(), dir.resolve("doomed"), null)) {
            await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM job_executor "
                    + "WHERE address = ? AND enabled = 1 AND renewed_at >= ?", Integer.class, doomed.address(), started) == 1);
            ExecutorProtocolIT.awaitDispatcherRereads();
            long job = job("demoSleep", Map.of("routing", "FIRST"));
            long run = trigger(job, "60000");
            await().atMost(PATIENCE).until(() -> state(run).equals("RUNNING"));
            assertThat(admin().get("/api/v1/runs/" + run).data().path("executor").asText()).isEqualTo(doomed.address());

            doomed.kill();
            // it stops renewing: 90 s later it is no longer live (moved here by the clock of its last renewal)
            jdbc.update("UPDATE job_executor SET renewed_at = NOW(3) - INTERVAL 91 SECOND WHERE address = ?",
                    doomed.address());

            assertThat(awaitFinal(run).path("state").asText()).isEqualTo("LOST");
            assertThat(awaitFinal(run).path("resultMsg").asText()).contains("stopped renewing");
            // an executor that kept the result while no admin could take it sends it when it can
            AdminApi.Answer late = admin().postRaw("/api/callback", """
                    [{"logId":%d,"logDateTim":0,"handleCode":200,"handleMsg":"done after all"}]""".formatted(run),
                    Map.of("XXL-JOB-ACCESS-TOKEN", ExecutorProtocolIT.TOKEN));
            assertThat(late.status()).isEqualTo(200);
            assertThat(admin().get("/api/v1/runs/" + run).data().path("state").asText()).isEqualTo("SUCCEEDED");
            ExecutorProtocolIT.awaitDispatcherRereads();
        }
    }

    long job(String handler, Map<String, Object> more) {
        Map<String, Object> job = ConsoleApiIT.job(handler + "-" + System.nanoTime());
        job.put("handler", handler);
        job.putAll(more);
        AdminApi.Answer created = admin().post("/api/v1/jobs", job);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        return created.data().path("id").asLong();
    }

    long trigger(long job, String param) {
        return admin().post("/api/v1/jobs/" + job + "/trigger", Map.of("param", param)).data().path("id").asLong();
    }

    String state(long run) {
        return admin().get("/api/v1/runs/" + run).data().path("state").asText();
    }

    List<JsonNode> runsOf(long job) {
        return ExecutorProtocolIT.list(admin().get("/api/v1/runs?job=" + job).data());
    }

    JsonNode awaitFinal(long run) {
        return await().atMost(PATIENCE).until(() -> admin().get("/api/v1/runs/" + run).data(),
                node -> !List.of("SCHEDULED", "SENDING", "RUNNING").contains(node.path("state").asText()));
    }
}
