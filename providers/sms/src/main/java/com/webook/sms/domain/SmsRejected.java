package com.webook.sms.domain;

import com.webook.provider.support.error.Rejected;

/**
 * A request the rules refuse. The message is written for the caller: it names the field or the
 * rule, never a vendor's secret or internal details.
 */
public final class SmsRejected extends Rejected {

    private final Rejection rejection;

    public SmsRejected(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public static SmsRejected invalid(String message) {
        return new SmsRejected(Rejection.INVALID_ARGUMENT, message);
    }

    public static SmsRejected unauthorized(String message) {
        return new SmsRejected(Rejection.UNAUTHORIZED, message);
    }

    @Override
    public Rejection rejection() {
        return rejection;
    }
}
