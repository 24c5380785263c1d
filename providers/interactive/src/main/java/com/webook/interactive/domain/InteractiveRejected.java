package com.webook.interactive.domain;

import com.webook.provider.support.error.Rejected;

/**
 * A request the rules refuse. The message is written for the end user: it names the field and the
 * rule, never internal details.
 */
public final class InteractiveRejected extends Rejected {

    private final Rejection rejection;

    public InteractiveRejected(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public static InteractiveRejected invalid(String message) {
        return new InteractiveRejected(Rejection.INVALID_ARGUMENT, message);
    }

    public static InteractiveRejected folderNotFound() {
        return new InteractiveRejected(Rejection.COLLECTION_NOT_FOUND, "no such collection");
    }

    @Override
    public Rejection rejection() {
        return rejection;
    }
}
