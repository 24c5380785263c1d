package com.webook.job.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How admins share the scheduling without a global lock: the jobs are spread over {@code partitions}
 * partitions, and each admin holds leases on about its share of them ({@code ceil(partitions / live
 * admins)}), renewed every round and claimed by compare-and-set. An admin that joins takes the share
 * others give up; one that dies stops renewing, and its partitions are claimed when its leases end.
 * Ownership only decides who does the work: exactly-once is the database's (see {@link SchedulingJobs}),
 * so two admins that both believe they own a partition for a moment still never fire a time twice.
 *
 * <p>An admin acts on a partition only while its lease has at least {@link #margin} left by the database
 * clock, so a paused admin stops before its lease can be taken.
 */
public final class PartitionLeases {

    private static final Logger log = LoggerFactory.getLogger(PartitionLeases.class);

    private final LeaseStore store;
    private final DatabaseClock clock;
    private final String node;
    private final String address;
    private final int partitions;
    private final Duration lease;
    private final Duration margin;
    private volatile Map<Integer, Instant> held = Map.of();

    public PartitionLeases(LeaseStore store, DatabaseClock clock, String node, String address, int partitions,
                           Duration lease) {
        this.store = store;
        this.clock = clock;
        this.node = node;
        this.address = address;
        this.partitions = partitions;
        this.lease = lease;
        this.margin = lease.dividedBy(5);
    }

    public String node() {
        return node;
    }

    public int partitions() {
        return partitions;
    }

    /** Creates the partitions and joins. */
    public void start() {
        store.ensurePartitions(partitions);
        round();
    }

    /** One round: heartbeat, measure the clock, renew, then give up or claim to reach this admin's share. */
    public void round() {
        Instant before = clock.local().instant();
        Instant database = store.now();
        clock.measured(before, database, clock.local().instant());
        store.heartbeat(node, address);
        Map<Integer, Instant> mine = store.renew(node, lease);
        int live = Math.max(1, store.liveNodes(lease).size());
        int share = (partitions + live - 1) / live;
        List<Integer> owned = new ArrayList<>(new TreeSet<>(mine.keySet()));
        if (owned.size() > share) {
            List<Integer> extra = owned.subList(share, owned.size());
            store.release(node, List.copyOf(extra));
            log.info("{} gives up partitions {} ({} admins live, share {})", node, extra, live, share);
            mine = store.renew(node, lease);
        } else if (owned.size() < share) {
            List<Integer> free = new ArrayList<>(store.claimable());
            Collections.shuffle(free);
            int claimed = 0;
            for (int partition : free) {
                if (owned.size() + claimed >= share) {
                    break;
                }
                if (store.claim(node, partition, lease)) {
                    claimed++;
                }
            }
            if (claimed > 0) {
                mine = store.renew(node, lease);
                log.info("{} holds {} partitions ({} admins live, share {})", node, mine.size(), live, share);
            }
        }
        held = Map.copyOf(mine);
    }

    /** The partitions this admin may act on now: held, with more than the margin left. */
    public Set<Integer> owned() {
        Instant safe = clock.instant().plus(margin);
        Set<Integer> owned = new TreeSet<>();
        held.forEach((partition, until) -> {
            if (until.isAfter(safe)) {
                owned.add(partition);
            }
        });
        return owned;
    }

    /** Leaves: frees this admin's partitions at once, so the others take them on their next round. */
    public void leave() {
        held = Map.of();
        store.leave(node);
    }
}
