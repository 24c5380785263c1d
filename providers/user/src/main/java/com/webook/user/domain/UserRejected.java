package com.webook.user.domain;

/**
 * A request the rules refuse. The message is written for the end user: it names the field and
 * the rule, never internal details.
 */
public final class UserRejected extends RuntimeException {

    private final Rejection rejection;

    public UserRejected(Rejection rejection, String message) {
        super(message, null, false, false);
        this.rejection = rejection;
    }

    public static UserRejected invalid(String message) {
        return new UserRejected(Rejection.INVALID_ARGUMENT, message);
    }

    public Rejection rejection() {
        return rejection;
    }
}
