package com.webook.sms.domain;

import java.time.Clock;
import java.time.Duration;

/**
 * Sends through the chain and, when the whole chain is limited or failing, stores the message for
 * the asynchronous workers instead of failing the caller. Fails only if the message can be neither
 * sent nor stored.
 */
public final class QueueingVendor implements SmsVendor {

    private final SmsVendor chain;
    private final PendingSmsQueue queue;
    private final Clock clock;
    private final Duration firstAttemptDelay;

    public QueueingVendor(SmsVendor chain, PendingSmsQueue queue, Clock clock, Duration firstAttemptDelay) {
        this.chain = chain;
        this.queue = queue;
        this.clock = clock;
        this.firstAttemptDelay = firstAttemptDelay;
    }

    @Override
    public String name() {
        return "async";
    }

    @Override
    public Dispatch send(SmsMessage message) {
        try {
            return chain.send(message);
        } catch (VendorFailure failure) {
            try {
                queue.enqueue(message, clock.instant().plus(firstAttemptDelay));
            } catch (RuntimeException storeFailed) {
                VendorFailure both = new VendorFailure(name(), failure.outcome(),
                        "could not queue the message either (" + storeFailed.getMessage() + ") after: "
                                + failure.getMessage(), storeFailed);
                both.addSuppressed(failure);
                throw both;
            }
            return Dispatch.queuedForLater();
        }
    }
}
