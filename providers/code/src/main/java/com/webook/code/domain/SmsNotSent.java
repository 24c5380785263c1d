package com.webook.code.domain;

import com.webook.provider.support.error.Rejected;

/**
 * The SMS service refused or failed to take the message, so the code was not delivered (and is
 * withdrawn). Answered as {@link Rejection#SEND_FAILED}: the user may ask again at once.
 */
public final class SmsNotSent extends Rejected {

    public SmsNotSent() {
        super("the SMS could not be sent; please try again");
    }

    @Override
    public Rejection rejection() {
        return Rejection.SEND_FAILED;
    }
}
