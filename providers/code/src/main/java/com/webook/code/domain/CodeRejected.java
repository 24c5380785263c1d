package com.webook.code.domain;

/** A request the rules refuse. The message is written for the end user. */
public final class CodeRejected extends RuntimeException {

    private final Rejection rejection;

    public CodeRejected(Rejection rejection, String message) {
        super(message, null, false, false);
        this.rejection = rejection;
    }

    public static CodeRejected invalid(String message) {
        return new CodeRejected(Rejection.INVALID_ARGUMENT, message);
    }

    public Rejection rejection() {
        return rejection;
    }
}
