package com.webook.job.application;

/**
 * One alarm for one webhook: {@code key} names the event it reports (a failed run, a job firing late in a
 * given minute) and the webhook, so the event is queued once however many admins see it.
 */
public record Alarm(String key, String kind, int webhook, String app, Long jobId, Long runId, String text) {

    public static final String RUN_FAILED = "run.failed";
    public static final String FIRED_LATE = "fire.late";
}
