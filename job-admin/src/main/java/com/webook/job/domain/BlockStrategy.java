package com.webook.job.domain;

/**
 * What an executor does with a run of a job it is still running (XXL-Job's names, sent as they are):
 * queue it, drop the new one, or stop the old one for the new one. Across executors, a job's
 * {@code exclusive} flag is what keeps it to one run anywhere.
 */
public enum BlockStrategy {
    SERIAL_EXECUTION,
    DISCARD_LATER,
    COVER_EARLY
}
