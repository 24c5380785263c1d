package com.webook.governance.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code limit} events per {@code period} for each subject, spread evenly: the full {@code limit}
 * may come at once, after which one more is allowed every {@code period / limit}.
 *
 * @param name names the limit in its Redis keys, metrics and answers (1–64 of {@code [a-z0-9._-]})
 */
public record Limit(String name, int limit, Duration period) {

    public Limit {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a limit's name is 1-64 of [a-z0-9._-]: " + name);
        }
        if (limit <= 0 || period == null || period.toMillis() < limit) {
            throw new IllegalArgumentException("limit " + name + " needs limit > 0 and a period of at least limit ms");
        }
    }

    /** The time between two events once the burst is spent. */
    long intervalMillis() {
        return period.toMillis() / limit;
    }
}
