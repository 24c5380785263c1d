package com.webook.job.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.webook.job.demo.ExecutorProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alarms reach the webhooks once per event: a failing handler with one retry gives exactly two alarms on
 * each webhook that wants the app (a generic JSON one and a DingTalk-shaped one), a webhook that fails is
 * tried again, and a run sent later than the threshold raises a "fire.late" alarm.
 */
class AlarmsIT extends OneDemoExecutorIT {

    @Test
    void aFailedRunRaisesExactlyOneAlarmOnEachWebhookThatWantsIt() throws Exception {
        awaitLive();
        Map<String, Object> job = ConsoleApiIT.job("alarming-" + System.nanoTime());
        job.put("handler", "demoFail");
        job.put("maxRetries", 1);
        job.put("retryBackoffMs", 100);
        long id = admin().post("/api/v1/jobs", job).data().path("id").asLong();

        admin().post("/api/v1/jobs/" + id + "/trigger", Map.of());

        await().atMost(Duration.ofSeconds(30)).until(() -> posts("/generic", id).size() == 2
                && posts("/dingtalk", id).size() == 2);
        Thread.sleep(3_000);
        assertThat(posts("/generic", id)).hasSize(2).extracting(WebhookReceiver.Post::alarmId).doesNotHaveDuplicates()
                .allMatch(alarm -> alarm.startsWith("run:") && alarm.endsWith("#0"));
        assertThat(posts("/generic", id)).allSatisfy(post -> {
            assertThat(post.body().path("kind").asText()).isEqualTo("run.failed");
            assertThat(post.body().path("text").asText()).contains("ended FAILED", "failed on purpose");
        });
        assertThat(posts("/dingtalk", id)).hasSize(2).allSatisfy(post -> {
            assertThat(post.body().path("msgtype").asText()).isEqualTo("text");
            assertThat(post.body().path("text").path("content").asText()).startsWith("[job-admin] Run ");
        });
        assertThat(WebhookReceiver.INSTANCE.posts()).noneMatch(post -> post.path().equals("/elsewhere"));
        // the generic webhook refused the first alarm of the test run: it was posted again, and none is left
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM job_alarm WHERE webhook = 0 AND sent_at IS NULL", Integer.class) == 0);
        assertThat(jdbc.queryForObject("SELECT MAX(attempts) FROM job_alarm WHERE webhook = 0", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRunSentLaterThanTheThresholdRaisesAFireLateAlarm() {
        awaitLive();
        Map<String, Object> job = ConsoleApiIT.job("late-" + System.nanoTime());
        job.put("scheduleType", "FIXED_RATE");
        job.put("schedule", "3600");
        long id = admin().post("/api/v1/jobs", job).data().path("id").asLong();

        // as if no admin could fire it for 4 s (less than the misfire threshold: it still fires)
        jdbc.update("UPDATE job SET next_fire_at = NOW(3) - INTERVAL 4 SECOND WHERE id = ?", id);

        await().atMost(Duration.ofSeconds(20)).until(() -> posts("/generic", id).stream()
                .anyMatch(post -> post.body().path("kind").asText().equals("fire.late")));
        assertThat(posts("/generic", id)).filteredOn(post -> post.body().path("kind").asText().equals("fire.late"))
                .singleElement().satisfies(post -> assertThat(post.body().path("text").asText()).contains("ms after its time"));
    }

    /** The posts to {@code path} about the job: by its id (generic) or its name in the text (group robots). */
    List<WebhookReceiver.Post> posts(String path, long job) {
        String name = jdbc.queryForObject("SELECT name FROM job WHERE id = ?", String.class, job);
        return WebhookReceiver.INSTANCE.posts().stream().filter(post -> post.path().equals(path))
                .filter(post -> post.body().path("jobId").asLong() == job
                        || post.body().path("text").path("content").asText().contains("/" + name + " "))
                .toList();
    }

    void awaitLive() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM job_executor WHERE address = ?", Integer.class, executor.address()) == 1);
    }
}
