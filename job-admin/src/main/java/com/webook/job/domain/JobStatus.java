package com.webook.job.domain;

public enum JobStatus {
    ACTIVE,
    PAUSED
}
