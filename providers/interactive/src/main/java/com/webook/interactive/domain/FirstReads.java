package com.webook.interactive.domain;

import java.util.List;

/**
 * Which reads are a reader's first of an object within the counting period, the others being repeats that
 * do not count. Answering again for a read it answered before (a redelivered event) gives the same
 * answer, so a retried batch counts what it would have counted.
 */
public interface FirstReads {

    /** Every read counts. */
    FirstReads EVERY_READ = events -> events;

    /** The reads among {@code events} that count, in their order; reads without a reader always count. */
    List<ReadEvent> firstOfTheirReaders(List<ReadEvent> events);
}
