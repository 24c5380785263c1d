package com.webook.sms.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.webook.sms.domain.PendingSms;
import com.webook.sms.domain.PendingSmsQueue;
import com.webook.sms.domain.SmsMessage;

/** The queue's rules in memory: due rows are claimed and leased; outcomes settle only under the same lease. */
final class InMemoryPendingSmsQueue implements PendingSmsQueue {

    static final class Row {
        final long id;
        final SmsMessage message;
        String status = "waiting";
        int attempts;
        final int maxAttempts;
        Instant nextAttemptAt;
        String error;

        Row(long id, SmsMessage message, int maxAttempts, Instant nextAttemptAt) {
            this.id = id;
            this.message = message;
            this.maxAttempts = maxAttempts;
            this.nextAttemptAt = nextAttemptAt;
        }
    }

    final Map<Long, Row> rows = new LinkedHashMap<>();
    private final int maxAttempts;

    InMemoryPendingSmsQueue(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    @Override
    public synchronized void enqueue(SmsMessage message, Instant firstAttemptAt) {
        long id = rows.size() + 1L;
        rows.put(id, new Row(id, message, maxAttempts, firstAttemptAt));
    }

    @Override
    public synchronized List<PendingSms> claim(int max, Instant now, Duration lease) {
        List<PendingSms> claimed = new ArrayList<>();
        for (Row row : rows.values()) {
            if (claimed.size() < max && (row.status.equals("waiting") || row.status.equals("sending"))
                    && !row.nextAttemptAt.isAfter(now) && row.attempts < row.maxAttempts) {
                row.status = "sending";
                row.attempts++;
                row.nextAttemptAt = now.plus(lease);
                claimed.add(new PendingSms(row.id, row.message, row.attempts, row.maxAttempts));
            }
        }
        return claimed;
    }

    private boolean settle(PendingSms claimed, String status, Instant next, String error) {
        Row row = rows.get(claimed.id());
        if (!row.status.equals("sending") || row.attempts != claimed.attempt()) {
            return false;
        }
        row.status = status;
        row.nextAttemptAt = next;
        row.error = error;
        return true;
    }

    @Override
    public synchronized boolean markSent(PendingSms claimed, Instant now) {
        return settle(claimed, "success", now, null);
    }

    @Override
    public synchronized boolean reschedule(PendingSms claimed, Instant nextAttemptAt, String error) {
        return settle(claimed, "waiting", nextAttemptAt, error);
    }

    @Override
    public synchronized boolean markFailed(PendingSms claimed, Instant now, String error) {
        return settle(claimed, "failed", now, error);
    }

    @Override
    public synchronized int failAbandoned(Instant now) {
        int failed = 0;
        for (Row row : rows.values()) {
            if (row.status.equals("sending") && !row.nextAttemptAt.isAfter(now) && row.attempts >= row.maxAttempts) {
                row.status = "failed";
                failed++;
            }
        }
        return failed;
    }
}
