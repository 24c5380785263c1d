package com.webook.governance.console.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.webook.governance.sentinel.RuleType;

/** Every state the console put one app's rules of one type in, and the audit log of all it did. */
public interface RuleHistory {

    /** A new rule id: never one given before, whatever app or type. */
    long nextRuleId();

    void record(String app, RuleType type, String rulesJson, String author, String action);

    List<Version> versions(String app, RuleType type, int limit);

    Optional<Version> version(long id);

    void audit(String actor, String action, String app, String detail);

    List<AuditEntry> audit(int limit);

    record Version(long id, String app, RuleType type, String rulesJson, String author, String action, Instant at) {
    }

    record AuditEntry(long id, Instant at, String actor, String action, String app, String detail) {
    }
}
