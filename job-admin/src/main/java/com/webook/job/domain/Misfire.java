package com.webook.job.domain;

/** What a job does with fire times it missed (admins all down, or the job's partition between owners). */
public enum Misfire {
    /** Skip what was missed and wait for the next fire time. */
    SKIP,
    /** Fire once now for all that was missed, then go on with the schedule. */
    FIRE_ONCE_NOW
}
