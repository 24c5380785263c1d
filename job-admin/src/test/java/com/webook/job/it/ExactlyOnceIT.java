package com.webook.job.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.webook.job.demo.ExecutorProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two admins share the scheduling and never fire a time twice, and when one is SIGKILLed the other takes
 * its partitions over and fires what is due late, not never: every (job, scheduled time) of every job has
 * exactly one run, the times of each job follow each other without a gap, and the executor ran each run once.
 */
class ExactlyOnceIT extends JobAdminIT {

    static final int JOBS = 60;

    @TempDir
    Path dir;

    @Test
    void twoAdminsFireEveryTimeOnceAcrossTheDeathOfOne() throws Exception {
        CleanSlate.once(jdbc);
        AdminApi admin = new AdminApi(port, "admin", "it-admin-password-0123");
        Path record = dir.resolve("record.txt");
        try (ExecutorProcess executor = ExecutorProcess.start("http://127.0.0.1:" + port + "/", ExecutorProtocolIT.APP,
                ExecutorProtocolIT.TOKEN, FreePorts.next(), dir.resolve("executor"), record);
             AdminProcess second = AdminProcess.start(dir.resolve("second"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> owners().size() == 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM job_executor WHERE address = ?", Integer.class, executor.address()) == 1);
            String prefix = "every-second-" + System.nanoTime() + "-";
            List<Long> jobs = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                Map<String, Object> job = new LinkedHashMap<>();
                job.put("app", ExecutorProtocolIT.APP);
                job.put("name", prefix + i);
                job.put("scheduleType", "FIXED_RATE");
                job.put("schedule", "1");
                job.put("handler", "demoRecord");
                job.put("routing", "ROUND_ROBIN");
                jobs.add(admin.post("/api/v1/jobs", job).data().path("id").asLong());
            }
            Thread.sleep(5_000);
            List<String> before = nodesThatSent(jobs);
            second.kill();
            Thread.sleep(8_000);
            for (long job : jobs) {
                admin.post("/api/v1/jobs/" + job + "/pause", Map.of());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM job_run WHERE job_id IN (" + ids(jobs) + ") AND state IN ('SCHEDULED', 'SENDING', 'RUNNING')",
                    Integer.class) == 0);

            assertThat(before).as("both admins sent runs before one was killed").hasSize(2);
            Map<Long, List<Instant>> times = new HashMap<>();
            Map<String, Integer> states = new HashMap<>();
            jdbc.query("SELECT job_id, scheduled_at, state, admin_node FROM job_run WHERE job_id IN (" + ids(jobs)
                    + ") ORDER BY job_id, scheduled_at", rs -> {
                times.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant());
                states.merge(rs.getString(3), 1, Integer::sum);
            });
            assertThat(times).hasSize(JOBS);
            times.forEach((job, fired) -> {
                assertThat(fired).as("job %d fires over the whole run", job).hasSizeGreaterThanOrEqualTo(12);
                for (int i = 1; i < fired.size(); i++) {
                    assertThat(Duration.between(fired.get(i - 1), fired.get(i)))
                            .as("job %d: no time missing or repeated between %s and %s", job, fired.get(i - 1), fired.get(i))
                            .isEqualTo(Duration.ofSeconds(1));
                }
            });
            int runs = times.values().stream().mapToInt(List::size).sum();
            // a run the killed admin had claimed but not yet handed over is LOST, never sent twice; runs fired
            // ahead (within the second before they are due) of a job paused meanwhile are SKIPPED
            assertThat(states.getOrDefault("SUCCEEDED", 0) + states.getOrDefault("LOST", 0)
                    + states.getOrDefault("SKIPPED", 0)).as("%s", states).isEqualTo(runs);
            assertThat(states.getOrDefault("SKIPPED", 0)).isLessThanOrEqualTo(2 * JOBS);
            assertThat(states.getOrDefault("LOST", 0)).isLessThanOrEqualTo(5);
            Map<String, Long> executed = Files.readAllLines(record).stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(executed.values()).as("the executor ran each run once").allMatch(count -> count == 1);
            assertThat(executed).hasSizeGreaterThanOrEqualTo(states.getOrDefault("SUCCEEDED", 0));
        }
    }

    List<String> owners() {
        return jdbc.queryForList("SELECT DISTINCT owner FROM job_partition WHERE lease_until > NOW(3)", String.class);
    }

    List<String> nodesThatSent(List<Long> jobs) {
        return jdbc.queryForList("SELECT DISTINCT admin_node FROM job_run WHERE admin_node IS NOT NULL AND job_id IN ("
                + ids(jobs) + ")", String.class);
    }

    static String ids(List<Long> jobs) {
        return jobs.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
