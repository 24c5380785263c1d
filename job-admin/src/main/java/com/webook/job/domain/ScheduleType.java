package com.webook.job.domain;

/** How a job's fire times are given. */
public enum ScheduleType {
    /** A cron expression with seconds (six fields: second minute hour day-of-month month day-of-week). */
    CRON,
    /** Every so many seconds, counted from the previous fire time (not from when the run ended). */
    FIXED_RATE,
    /** Never by itself: only when triggered by hand, as a child of another job, or as a retry. */
    NONE
}
