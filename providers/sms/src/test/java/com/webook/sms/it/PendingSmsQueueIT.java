package com.webook.sms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.webook.governance.testkit.Concurrently;
import com.webook.sms.application.SendingQueuedSms;
import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.PendingSms;
import com.webook.sms.domain.PendingSmsQueue;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.VendorFailure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The MySQL queue against the real MariaDB. Every case works at a time days ahead, so the provider's
 * own workers (which claim at the real time) never touch its rows.
 */
@SmsProviderIntegrationTest
class PendingSmsQueueIT {

    static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    PendingSmsQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    Instant t0;

    @BeforeEach
    void aTimeOfItsOwn() {
        Instant future = Instant.now().plus(Duration.ofDays(10));
        jdbc.update("DELETE FROM async_sms WHERE next_attempt_at >= ?", Instant.now().plus(Duration.ofDays(5)).toEpochMilli());
        t0 = future;
    }

    static SmsMessage message() {
        return new SmsMessage("it-" + UUID.randomUUID(), "login_code", List.of("004213", "10"), List.of("+8613800138000"));
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    String status(SmsMessage message) {
        return jdbc.queryForObject("SELECT status FROM async_sms WHERE message_id = ?", String.class, message.messageId());
    }

    /** Counts each message it sends; fails when told to. */
    static final class CountingVendor implements SmsVendor {
        final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        final boolean failing;

        CountingVendor(boolean failing) {
            this.failing = failing;
        }

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public Dispatch send(SmsMessage message) {
            sends.computeIfAbsent(message.messageId(), id -> new AtomicInteger()).incrementAndGet();
            if (failing) {
                throw VendorFailure.error("counting", "refused");
            }
            return Dispatch.accepted("counting", null);
        }
    }

    @Test
    void concurrentWorkersSendEveryMessageExactlyOnce() throws Exception {
        List<SmsMessage> messages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            SmsMessage message = message();
            messages.add(message);
            queue.enqueue(message, t0);
        }
        CountingVendor vendor = new CountingVendor(false);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SendingQueuedSms sending = new SendingQueuedSms(queue, vendor, at(t0.plusSeconds(1)), 3, LEASE,
                Duration.ofMinutes(1), meters);
        List<Integer> claimed = Concurrently.all(6, () -> {
            int total = 0;
            int round;
            while ((round = sending.runOnce()) > 0) {
                total += round;
            }
            return total;
        });

        assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
        assertThat(vendor.sends).hasSize(60);
        assertThat(vendor.sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(messages).allSatisfy(message -> assertThat(status(message)).isEqualTo("success"));
        assertThat(meters.counter("webook.sms.async.sent").count()).isEqualTo(60);
    }

    @Test
    void afterRetryMaxAttemptsTheMessageIsFailedAndCounted() {
        SmsMessage message = message();
        queue.enqueue(message, t0);
        CountingVendor vendor = new CountingVendor(true);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Duration retry = Duration.ofMinutes(1);

        for (int round = 0; round < 5; round++) {
            Instant now = t0.plus(retry.multipliedBy(round));
            new SendingQueuedSms(queue, vendor, at(now), 10, LEASE, retry, meters).runOnce();
        }

        Map<String, Object> row = jdbc.queryForMap("SELECT status, retry_cnt, retry_max, last_error FROM async_sms"
                + " WHERE message_id = ?", message.messageId());
        assertThat(row).containsEntry("status", "failed").containsEntry("retry_cnt", 3).containsEntry("retry_max", 3);
        assertThat((String) row.get("last_error")).contains("refused");
        assertThat(vendor.sends.get(message.messageId()).get()).isEqualTo(3);
        assertThat(meters.counter("webook.sms.async.failed").count()).isEqualTo(1);
    }

    @Test
    void aLapsedLeaseIsClaimedAgainAndTheFirstWorkerCannotSettleIt() {
        SmsMessage message = message();
        queue.enqueue(message, t0);

        List<PendingSms> first = queue.claim(10, t0, LEASE);
        assertThat(first).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(message);
            assertThat(p.attempt()).isEqualTo(1);
        });
        assertThat(queue.claim(10, t0.plus(LEASE).minusSeconds(1), LEASE)).as("leased").isEmpty();

        List<PendingSms> second = queue.claim(10, t0.plus(LEASE), LEASE);
        assertThat(second).singleElement().satisfies(p -> assertThat(p.attempt()).isEqualTo(2));

        assertThat(queue.markSent(first.get(0), t0.plus(LEASE))).as("the first lease is lost").isFalse();
        assertThat(queue.markSent(second.get(0), t0.plus(LEASE))).isTrue();
        assertThat(status(message)).isEqualTo("success");
        assertThat(queue.claim(10, t0.plus(Duration.ofDays(1)), LEASE)).as("sent messages are done").isEmpty();
    }

    /**
     * Claims and sweeps skip rows another transaction holds (SKIP LOCKED), and the provider's own workers
     * scan the same index at the real time; a scan of theirs can lock the row next to its range, which may
     * be this one. What the queue promises is therefore that the next sweep gets it, as the next poll of a
     * worker would: the test repeats a claim or a sweep that found nothing, within a generous bound.
     */
    @Test
    void aLastAttemptWhoseWorkerDiedIsGivenUp() {
        SmsMessage message = message();
        queue.enqueue(message, t0);
        Instant now = t0;
        for (int attempt = 1; attempt <= 3; attempt++) {
            Instant at = now;
            await().atMost(Duration.ofSeconds(10)).until(() -> queue.claim(10, at, LEASE).size() == 1);
            now = now.plus(LEASE);
        }

        assertThat(queue.claim(10, now, LEASE)).as("no attempts left").isEmpty();
        Instant lapsed = now;
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            queue.failAbandoned(lapsed);
            return status(message).equals("failed");
        });
        assertThat(jdbc.queryForObject("SELECT retry_cnt FROM async_sms WHERE message_id = ?", Integer.class,
                message.messageId())).as("three attempts, no fourth").isEqualTo(3);
    }
}
