package com.webook.governance.console.application;

import java.util.List;

/** Per app, resource and second, the sums over its instances; and how far each instance was read. */
public interface MetricStore {

    /** The second (ms) up to which the instance's metrics were read, or -1. */
    long readTo(Machines.Machine machine);

    /** Adds one instance's lines to the app's sums and moves its cursor to {@code readTo}, together. */
    void add(Machines.Machine machine, List<InstanceClient.MetricLine> lines, long readTo);

    /** The app's seconds from {@code fromMillis} on, oldest first. */
    List<Point> since(String app, long fromMillis);

    /** Drops seconds older than {@code beforeMillis}. */
    int prune(long beforeMillis);

    record Point(String resource, long timestamp, long pass, long block, long success, long exception, long rtTotal) {
    }
}
