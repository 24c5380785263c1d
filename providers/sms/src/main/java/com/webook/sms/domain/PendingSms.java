package com.webook.sms.domain;

/**
 * A queued message a worker has claimed.
 *
 * @param id          the row's id
 * @param message     what to send
 * @param attempt     this attempt's number, from 1 (the claim counted it)
 * @param maxAttempts after this many attempts the message is given up
 */
public record PendingSms(long id, SmsMessage message, int attempt, int maxAttempts) {

    public boolean lastAttempt() {
        return attempt >= maxAttempts;
    }
}
