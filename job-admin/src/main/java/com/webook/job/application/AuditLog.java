package com.webook.job.application;

import java.time.Instant;
import java.util.List;

/** Every change operators make, kept (port). */
public interface AuditLog {

    record Entry(long id, Instant at, String username, String action, String target, String detail) {
    }

    void record(String username, String action, String target, String detail);

    List<Entry> page(long beforeId, int limit);
}
