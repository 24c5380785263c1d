package com.webook.job.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.webook.job.application.KeepingHouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention deletes ended runs past it and nothing else (never a run still on its way), and the runs of a
 * day stay counted in the daily counts, which are recounted whole (a count of runs that moved on goes).
 */
class HousekeepingIT extends JobAdminIT {

    @Autowired
    KeepingHouse house;

    @Test
    void oldEndedRunsGoActiveOnesStayAndEachDayStaysCounted() {
        CleanSlate.once(jdbc);
        String app = "housekeeping-" + System.nanoTime();
        insert(app, "old-done", "SUCCEEDED", 40);
        insert(app, "old-failed", "FAILED", 35);
        insert(app, "old-but-running", "RUNNING", 40);
        insert(app, "recent", "SUCCEEDED", 0);
        insert(app, "recent-running", "RUNNING", 0);

        house.pass(Instant.now());
        jdbc.update("UPDATE job_run SET state = 'SUCCEEDED' WHERE app_name = ? AND fire_key = 'recent-running'", app);
        house.pass(Instant.now());

        assertThat(jdbc.queryForList("SELECT fire_key FROM job_run WHERE app_name = ? ORDER BY fire_key", String.class, app))
                .containsExactly("old-but-running", "recent", "recent-running");
        assertThat(jdbc.queryForList("SELECT CONCAT(state, '=', runs) FROM job_run_daily WHERE app_name = ? "
                + "AND day = UTC_DATE() ORDER BY state", String.class, app)).containsExactly("SUCCEEDED=2");
    }

    void insert(String app, String key, String state, int daysAgo) {
        jdbc.update("INSERT INTO job_run (job_id, app_name, partition_no, fire_key, trigger_type, scheduled_at, state, "
                + "created_at) VALUES (0, ?, 0, ?, 'MANUAL', UTC_TIMESTAMP(3) - INTERVAL ? DAY, ?, "
                + "UTC_TIMESTAMP(3) - INTERVAL ? DAY)", app, key, daysAgo, state, daysAgo);
    }
}
