package com.webook.code.domain;

import com.webook.provider.support.error.Rejected;

/** A request the rules refuse. The message is written for the end user. */
public final class CodeRejected extends Rejected {

    private final Rejection rejection;

    public CodeRejected(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public static CodeRejected invalid(String message) {
        return new CodeRejected(Rejection.INVALID_ARGUMENT, message);
    }

    @Override
    public Rejection rejection() {
        return rejection;
    }
}
