package com.webook.job.application;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts queued alarms. Each admin claims a batch of due alarms for a while before posting, so two admins
 * never post the same one at the same time; a failed post is tried again later (doubling from 2 s, at most
 * every 10 minutes, {@value #MAX_ATTEMPTS} times). An admin that dies between a successful post and
 * recording it leaves the alarm to be posted again when its claim ends: receivers that must not see a
 * repeat use the alarm id in {@code X-Webook-Alarm-Id}.
 */
public final class SendingAlarms {

    private static final Logger log = LoggerFactory.getLogger(SendingAlarms.class);

    public static final int MAX_ATTEMPTS = 20;
    static final int CLAIM_SECONDS = 60;
    static final int BATCH = 50;

    private final AlarmOutbox outbox;
    private final WebhookChannel webhooks;
    private final DatabaseClock clock;
    private final String node;

    public SendingAlarms(AlarmOutbox outbox, WebhookChannel webhooks, DatabaseClock clock, String node) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.clock = clock;
        this.node = node;
    }

    /** Posts what is due; how many were posted. */
    public int sendDue() {
        int posted = 0;
        if (webhooks.count() == 0) {
            return 0;
        }
        for (AlarmOutbox.Queued queued : outbox.claim(node, webhooks.count(), CLAIM_SECONDS, MAX_ATTEMPTS, BATCH)) {
            Optional<String> failure = webhooks.post(queued.alarm(), queued.createdAt());
            if (failure.isEmpty()) {
                outbox.sent(queued.id());
                posted++;
            } else {
                Duration wait = Duration.ofSeconds(Math.min(600, 2L << Math.min(queued.attempts(), 10)));
                outbox.failed(queued.id(), failure.get(), clock.instant().plus(wait));
                log.warn("could not post alarm {} (attempt {}): {}", queued.alarm().key(), queued.attempts() + 1,
                        failure.get());
            }
        }
        return posted;
    }
}
