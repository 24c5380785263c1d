package com.webook.sms.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.webook.governance.testkit.MutableClock;
import com.webook.sms.domain.PendingSms;
import com.webook.sms.domain.ScriptedVendor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendingQueuedSmsTest {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration RETRY = Duration.ofMinutes(1);

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
    final InMemoryPendingSmsQueue queue = new InMemoryPendingSmsQueue(3);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Runs rounds a retry interval apart; returns the row's final status and the counters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sent at the first attempt          | ok                                  | success | 1 | 1 | 0
            sent at the second attempt         | vendor_error ok                     | success | 2 | 1 | 0
            sent at the last attempt           | limited timeout ok                  | success | 3 | 1 | 0
            every attempt fails: given up      | vendor_error vendor_error vendor_error | failed | 3 | 0 | 1
            """)
    void retriesUntilSentOrOutOfAttempts(String name, String script, String status, int attempts, double sent,
                                         double failed) {
        ScriptedVendor chain = ScriptedVendor.of("tencent", script);
        SendingQueuedSms sending = new SendingQueuedSms(queue, chain, clock, 10, LEASE, RETRY, meters);
        queue.enqueue(ScriptedVendor.message(), clock.instant());

        for (int round = 0; round < 5; round++) {
            sending.runOnce();
            clock.advance(RETRY);
        }

        InMemoryPendingSmsQueue.Row row = queue.rows.get(1L);
        assertThat(row.status).isEqualTo(status);
        assertThat(row.attempts).isEqualTo(attempts);
        assertThat(chain.calls()).isEqualTo(attempts);
        assertThat(meters.counter("webook.sms.async.sent").count()).isEqualTo(sent);
        assertThat(meters.counter("webook.sms.async.failed").count()).isEqualTo(failed);
    }

    @Test
    void aFailedAttemptIsDueAgainAfterTheRetryInterval() {
        ScriptedVendor chain = ScriptedVendor.of("tencent", "timeout ok");
        SendingQueuedSms sending = new SendingQueuedSms(queue, chain, clock, 10, LEASE, RETRY, meters);
        queue.enqueue(ScriptedVendor.message(), clock.instant());

        assertThat(sending.runOnce()).isEqualTo(1);
        clock.advance(RETRY.minusSeconds(1));
        assertThat(sending.runOnce()).as("not due yet").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sending.runOnce()).isEqualTo(1);
        assertThat(queue.rows.get(1L).status).isEqualTo("success");
    }

    @Test
    void aMessageNotYetDueIsLeftAlone() {
        ScriptedVendor chain = ScriptedVendor.of("tencent", "ok");
        SendingQueuedSms sending = new SendingQueuedSms(queue, chain, clock, 10, LEASE, RETRY, meters);
        queue.enqueue(ScriptedVendor.message(), clock.instant().plusSeconds(1));

        assertThat(sending.runOnce()).isZero();
        assertThat(chain.calls()).isZero();
    }

    @Test
    void aLastAttemptWhoseWorkerVanishedIsGivenUpAndCounted() {
        ScriptedVendor chain = ScriptedVendor.of("tencent", "ok");
        SendingQueuedSms sending = new SendingQueuedSms(queue, chain, clock, 10, LEASE, RETRY, meters);
        queue.enqueue(ScriptedVendor.message(), clock.instant());
        for (int i = 0; i < 3; i++) {
            // a worker claims and dies each time
            assertThat(queue.claim(10, clock.instant(), LEASE)).hasSize(1);
            clock.advance(LEASE);
        }

        sending.runOnce();

        assertThat(queue.rows.get(1L).status).isEqualTo("failed");
        assertThat(meters.counter("webook.sms.async.failed").count()).isEqualTo(1);
        assertThat(chain.calls()).isZero();
    }

    @Test
    void anOutcomeAfterALostLeaseIsNotCountedAsSent() {
        ScriptedVendor chain = ScriptedVendor.of("tencent", "ok");
        queue.enqueue(ScriptedVendor.message(), clock.instant());
        PendingSms stale = queue.claim(10, clock.instant(), LEASE).get(0);
        clock.advance(LEASE);
        queue.claim(10, clock.instant(), LEASE); // another worker took it over

        assertThat(queue.markSent(stale, clock.instant())).isFalse();
        assertThat(chain.calls()).isZero();
    }
}
