package com.webook.interactive.domain;

/** How often one object was read, liked and collected. */
public record Counts(BizObject target, long reads, long likes, long collects) {

    public static Counts zero(BizObject target) {
        return new Counts(target, 0, 0, 0);
    }
}
