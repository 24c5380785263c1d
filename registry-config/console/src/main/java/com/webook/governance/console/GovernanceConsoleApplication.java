package com.webook.governance.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The governance console: operators see every Sentinel-enabled app (by the stock heartbeat), change its
 * rules (kept in etcd, remembered here with their history and authors), and watch what the rules do.
 */
@SpringBootApplication
@EnableScheduling
public class GovernanceConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(GovernanceConsoleApplication.class, args);
    }
}
