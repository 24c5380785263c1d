package com.webook.sms.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.webook.sms.domain.PendingSms;
import com.webook.sms.domain.PendingSmsQueue;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.VendorFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of the asynchronous worker: claims due messages (each leased to this worker), sends
 * each through the synchronous chain, and records the outcome: sent, due again later, or given up
 * after its last attempt (counted in {@code webook.sms.async.failed}).
 */
public class SendingQueuedSms {

    private static final Logger log = LoggerFactory.getLogger(SendingQueuedSms.class);

    private final PendingSmsQueue queue;
    private final SmsVendor chain;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;
    private final Duration retryInterval;
    private final Counter sent;
    private final Counter failed;

    public SendingQueuedSms(PendingSmsQueue queue, SmsVendor chain, Clock clock, int batchSize, Duration lease,
                            Duration retryInterval, MeterRegistry meters) {
        this.queue = queue;
        this.chain = chain;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lease = lease;
        this.retryInterval = retryInterval;
        this.sent = Counter.builder("webook.sms.async.sent").description("queued messages sent by the workers")
                .register(meters);
        this.failed = Counter.builder("webook.sms.async.failed")
                .description("queued messages given up after their last attempt").register(meters);
    }

    /** Runs one round; returns how many messages it claimed. */
    public int runOnce() {
        Instant now = clock.instant();
        int abandoned = queue.failAbandoned(now);
        if (abandoned > 0) {
            failed.increment(abandoned);
            log.warn("{} queued SMS given up: their last attempt's worker never answered", abandoned);
        }
        List<PendingSms> claimed = queue.claim(batchSize, now, lease);
        for (PendingSms pending : claimed) {
            attempt(pending);
        }
        return claimed.size();
    }

    private void attempt(PendingSms pending) {
        try {
            chain.send(pending.message());
        } catch (VendorFailure failure) {
            Instant now = clock.instant();
            if (pending.lastAttempt()) {
                if (queue.markFailed(pending, now, failure.getMessage())) {
                    failed.increment();
                }
                log.warn("queued SMS {} given up after {} attempts: {}", pending.message().messageId(),
                        pending.attempt(), failure.getMessage());
            } else {
                queue.reschedule(pending, now.plus(retryInterval), failure.getMessage());
            }
            return;
        }
        if (queue.markSent(pending, clock.instant())) {
            sent.increment();
        } else {
            log.warn("queued SMS {} was sent after its lease lapsed", pending.message().messageId());
        }
    }
}
