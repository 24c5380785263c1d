package com.webook.sms.domain;

/**
 * A request the rules refuse. The message is written for the caller: it names the field or the
 * rule, never a vendor's secret or internal details.
 */
public final class SmsRejected extends RuntimeException {

    private final Rejection rejection;

    public SmsRejected(Rejection rejection, String message) {
        super(message, null, false, false);
        this.rejection = rejection;
    }

    public static SmsRejected invalid(String message) {
        return new SmsRejected(Rejection.INVALID_ARGUMENT, message);
    }

    public static SmsRejected unauthorized(String message) {
        return new SmsRejected(Rejection.UNAUTHORIZED, message);
    }

    public Rejection rejection() {
        return rejection;
    }
}
