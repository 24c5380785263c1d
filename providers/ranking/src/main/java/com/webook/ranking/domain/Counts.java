package com.webook.ranking.domain;

/** How often an article was liked, collected and read. */
public record Counts(long likes, long collects, long reads) {

    public static final Counts ZERO = new Counts(0, 0, 0);
}
