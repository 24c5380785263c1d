package com.webook.governance.console.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.webook.governance.sentinel.RuleType;

/** Rules set to remove themselves at a time (an incident limit for 30 minutes). */
public interface Expiries {

    void expireAt(long ruleId, String app, RuleType type, Instant at, String author);

    void forget(long ruleId);

    /** Expiries that are due at {@code now}. */
    List<Due> due(Instant now);

    /** When each rule of an app that expires does. */
    Map<Long, Instant> of(String app);

    record Due(long ruleId, String app, RuleType type, String author) {
    }
}
