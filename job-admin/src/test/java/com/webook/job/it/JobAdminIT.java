package com.webook.job.it;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every job-admin integration test runs against one admin (one Spring context for the whole run), whose
 * alarms go to the tests' {@link WebhookReceiver}: a generic webhook, a DingTalk-shaped one for
 * webook-demo, and one for webook-other only. Its metrics are exported, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
@AutoConfigureObservability(tracing = false)
abstract class JobAdminIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** The console API as the first admin, over HTTP Basic. */
    AdminApi admin() {
        return new AdminApi(port, "admin", "it-admin-password-0123");
    }

    @DynamicPropertySource
    static void webhooks(DynamicPropertyRegistry registry) {
        String base = WebhookReceiver.INSTANCE.base();
        registry.add("webook.job.alarms.webhooks[0].url", () -> base + "/generic");
        registry.add("webook.job.alarms.webhooks[0].format", () -> "GENERIC");
        registry.add("webook.job.alarms.webhooks[1].url", () -> base + "/dingtalk");
        registry.add("webook.job.alarms.webhooks[1].format", () -> "DINGTALK");
        registry.add("webook.job.alarms.webhooks[1].apps[0]", () -> ExecutorProtocolIT.APP);
        registry.add("webook.job.alarms.webhooks[2].url", () -> base + "/elsewhere");
        registry.add("webook.job.alarms.webhooks[2].apps[0]", () -> "webook-other");
        registry.add("webook.job.alarms.late-threshold", () -> "2s");
    }
}
