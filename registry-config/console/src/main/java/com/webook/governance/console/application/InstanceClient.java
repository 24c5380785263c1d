package com.webook.governance.console.application;

import java.util.List;

import com.webook.governance.sentinel.RuleType;

/** An instance's Sentinel command API, as the stock console uses it. */
public interface InstanceClient {

    /** The rules the instance enforces now, as JSON. */
    String rules(Machines.Machine machine, RuleType type);

    /** Loads {@code text} into the instance (it may also try to persist it; that is its business). */
    void setRules(Machines.Machine machine, RuleType type, String text);

    /** Its per-second metrics between the two times (milliseconds, inclusive). */
    List<MetricLine> metrics(Machines.Machine machine, long fromMillis, long toMillis);

    /** One second of one resource: Sentinel's "thin" metric line. */
    record MetricLine(long timestamp, String resource, long pass, long block, long success, long exception, long rt) {
    }
}
