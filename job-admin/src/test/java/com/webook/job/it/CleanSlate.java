package com.webook.job.it;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test kit: once per test JVM, the test database forgets the jobs, runs and executors earlier runs left
 * (a job of an earlier run would otherwise keep firing at this run's executors). Users, partitions and
 * admins stay: the running admins hold leases on them.
 */
final class CleanSlate {

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private CleanSlate() {
    }

    static void once(JdbcTemplate jdbc) {
        if (DONE.compareAndSet(false, true)) {
            for (String table : new String[] {"job", "job_run", "job_executor", "job_audit"}) {
                jdbc.execute("DELETE FROM " + table);
            }
        }
    }
}
