package com.webook.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueueingVendorTest {

    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    /** Records what was queued; fails when told to. */
    static final class RecordingQueue implements PendingSmsQueue {
        final boolean down;
        final List<String> queued = new ArrayList<>();

        RecordingQueue(boolean down) {
            this.down = down;
        }

        @Override
        public void enqueue(SmsMessage message, Instant firstAttemptAt) {
            if (down) {
                throw new IllegalStateException("MySQL is down");
            }
            queued.add(message.messageId() + "@" + firstAttemptAt);
        }

        @Override
        public List<PendingSms> claim(int max, Instant now, Duration lease) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markSent(PendingSms claimed, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean reschedule(PendingSms claimed, Instant nextAttemptAt, String error) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markFailed(PendingSms claimed, Instant now, String error) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int failAbandoned(Instant now) {
            throw new UnsupportedOperationException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            chain accepts: sent, nothing queued  | ok           | false | sent
            chain limited: queued                | limited      | false | queued
            chain failing: queued                | vendor_error | false | queued
            chain timing out: queued             | timeout      | false | queued
            chain limited and queue down: fails  | limited      | true  | LIMITED
            chain failing and queue down: fails  | vendor_error | true  | VENDOR_ERROR
            chain accepts, queue down: sent      | ok           | true  | sent
            """)
    void queuesOnlyWhatTheChainCouldNotSend(String name, String chainScript, boolean queueDown, String expected) {
        ScriptedVendor chain = ScriptedVendor.of("chain", chainScript);
        RecordingQueue queue = new RecordingQueue(queueDown);
        QueueingVendor vendor = new QueueingVendor(chain, queue, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(1));
        SmsMessage message = ScriptedVendor.message();

        switch (expected) {
            case "sent" -> {
                assertThat(vendor.send(message)).isEqualTo(Dispatch.accepted("chain", "chain-ref-1"));
                assertThat(queue.queued).isEmpty();
            }
            case "queued" -> {
                assertThat(vendor.send(message)).isEqualTo(Dispatch.queuedForLater());
                assertThat(queue.queued).containsExactly(message.messageId() + "@2026-01-02T03:05:05Z");
            }
            default -> {
                VendorFailure failure = catchThrowableOfType(VendorFailure.class, () -> vendor.send(message));
                assertThat(failure.outcome()).isEqualTo(VendorFailure.Outcome.valueOf(expected));
                assertThat(failure.getMessage()).contains("could not queue", "MySQL is down");
            }
        }
    }
}
