package com.webook.job.it;

import java.nio.file.Path;

import com.webook.job.demo.ExecutorProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tests' admin with one stock demo executor of webook-demo, started for the test class. */
abstract class OneDemoExecutorIT extends JobAdminIT {

    @TempDir
    static Path dir;
    static ExecutorProcess executor;

    @BeforeAll
    static void startExecutor(@Autowired JdbcTemplate jdbc, @LocalServerPort int port) throws Exception {
        CleanSlate.once(jdbc);
        executor = ExecutorProcess.start("http://127.0.0.1:" + port + "/", ExecutorProtocolIT.APP,
                ExecutorProtocolIT.TOKEN, FreePorts.next(), dir.resolve("executor"), null);
    }

    @AfterAll
    static void stopExecutor() throws Exception {
        if (executor != null) {
            executor.close();
        }
    }
}
