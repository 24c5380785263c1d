package com.webook.user.domain;

import com.webook.provider.support.error.Rejected;

/**
 * A request the rules refuse. The message is written for the end user: it names the field and
 * the rule, never internal details.
 */
public final class UserRejected extends Rejected {

    private final Rejection rejection;

    public UserRejected(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public static UserRejected invalid(String message) {
        return new UserRejected(Rejection.INVALID_ARGUMENT, message);
    }

    @Override
    public Rejection rejection() {
        return rejection;
    }
}
