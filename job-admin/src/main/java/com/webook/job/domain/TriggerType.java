package com.webook.job.domain;

/** Why a run exists. */
public enum TriggerType {
    SCHEDULE,
    MISFIRE,
    MANUAL,
    RETRY,
    CHILD
}
