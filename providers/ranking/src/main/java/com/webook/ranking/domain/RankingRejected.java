package com.webook.ranking.domain;

import com.webook.provider.support.error.Rejected;

/**
 * A request the rules refuse. The message is written for the end user: it names the field and the
 * rule, never internal details.
 */
public final class RankingRejected extends Rejected {

    private final Rejection rejection;

    private RankingRejected(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public static RankingRejected invalid(String message) {
        return new RankingRejected(Rejection.INVALID_ARGUMENT, message);
    }

    @Override
    public Rejection rejection() {
        return rejection;
    }
}
