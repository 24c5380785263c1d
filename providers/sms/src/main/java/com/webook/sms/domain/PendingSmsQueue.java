package com.webook.sms.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Messages waiting to be sent later, shared by every instance. A claimed message is leased to one
 * worker: nobody else claims it until the lease lapses, so no two workers send one message.
 */
public interface PendingSmsQueue {

    /** Stores the message; workers may claim it from {@code firstAttemptAt}. */
    void enqueue(SmsMessage message, Instant firstAttemptAt);

    /**
     * Claims up to {@code max} messages that are due at {@code now} (or whose lease lapsed) and
     * have attempts left, leasing them until {@code now + lease} and counting the attempt.
     */
    List<PendingSms> claim(int max, Instant now, Duration lease);

    /** The claimed message went out. False if the lease was lost (another worker claimed it since). */
    boolean markSent(PendingSms claimed, Instant now);

    /** The attempt failed; the message is due again at {@code nextAttemptAt}. */
    boolean reschedule(PendingSms claimed, Instant nextAttemptAt, String error);

    /** The last attempt failed; the message is given up. */
    boolean markFailed(PendingSms claimed, Instant now, String error);

    /**
     * Gives up messages whose last attempt's lease lapsed without an answer (the worker died);
     * returns how many.
     */
    int failAbandoned(Instant now);
}
