package com.webook.interactive.domain;

/**
 * A request the rules refuse. The message is written for the end user: it names the field and the
 * rule, never internal details.
 */
public final class InteractiveRejected extends RuntimeException {

    private final Rejection rejection;

    public InteractiveRejected(Rejection rejection, String message) {
        super(message, null, false, false);
        this.rejection = rejection;
    }

    public static InteractiveRejected invalid(String message) {
        return new InteractiveRejected(Rejection.INVALID_ARGUMENT, message);
    }

    public static InteractiveRejected folderNotFound() {
        return new InteractiveRejected(Rejection.COLLECTION_NOT_FOUND, "no such collection");
    }

    public Rejection rejection() {
        return rejection;
    }
}
