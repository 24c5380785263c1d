package com.webook.provider.support.arch.sample.domain;

import com.webook.provider.support.error.Rejected;

/** Fixture: a context's rejection with a reason its service forgot to declare. */
public final class SampleRejected extends Rejected {

    public enum Reason { NAME_TAKEN, FORGOTTEN }

    private final Reason reason;

    public SampleRejected(Reason reason) {
        super("why");
        this.reason = reason;
    }

    @Override
    public Reason rejection() {
        return reason;
    }
}
