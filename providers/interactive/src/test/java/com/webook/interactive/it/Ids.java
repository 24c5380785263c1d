package com.webook.interactive.it;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Object and user ids no earlier run used, so each case starts from nothing in the shared database. */
final class Ids {

    private static final AtomicLong NEXT = new AtomicLong(
            System.currentTimeMillis() * 1_000 + ThreadLocalRandom.current().nextInt(1_000));

    private Ids() {
    }

    static long fresh() {
        return NEXT.addAndGet(1_000);
    }
}
