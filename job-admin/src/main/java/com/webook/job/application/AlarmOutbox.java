package com.webook.job.application;

import java.time.Instant;
import java.util.List;

/** Alarms waiting to be sent (port). */
public interface AlarmOutbox {

    record Queued(long id, Alarm alarm, int attempts, Instant createdAt) {
    }

    /** Queues the alarm unless one with its key is queued already; whether it was new. */
    boolean add(Alarm alarm);

    /**
     * Claims up to {@code limit} due alarms for webhooks below {@code webhooks} for {@code node} for
     * {@code seconds}, and returns them.
     */
    List<Queued> claim(String node, int webhooks, int seconds, int maxAttempts, int limit);

    void sent(long id);

    void failed(long id, String error, Instant nextAttempt);

    /** Deletes alarms created before {@code before} (sent or given up); how many. */
    int deleteBefore(Instant before, int limit);
}
