package com.webook.governance.console.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The Sentinel-enabled instances that sent heartbeats, kept across console restarts. */
public interface Machines {

    void heartbeat(Machine machine, Instant at);

    /** Every instance heard from within {@code forget} (older ones are dropped), newest first per app. */
    List<Seen> all(Instant now, Duration forget);

    record Machine(String app, String ip, int port, String hostname, String sentinelVersion) {

        public String address() {
            return ip + ":" + port;
        }
    }

    record Seen(Machine machine, Instant firstSeen, Instant lastSeen) {

        public boolean live(Instant now, Duration within) {
            return !lastSeen.isBefore(now.minus(within));
        }
    }
}
