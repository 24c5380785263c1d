package com.webook.job.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The admins and their partition leases (port), all timed by the database's clock. */
public interface LeaseStore {

    /** Creates partitions 0..count-1 that do not exist yet. */
    void ensurePartitions(int count);

    /** The database's clock now. */
    Instant now();

    /** Records that {@code node} is alive. */
    void heartbeat(String node, String address);

    /** Nodes whose heartbeat is within {@code within}. */
    List<String> liveNodes(Duration within);

    /** Removes the node (it is leaving) and frees its partitions. */
    void leave(String node);

    /** Extends every lease {@code node} still holds; its partitions and their lease ends afterwards. */
    Map<Integer, Instant> renew(String node, Duration lease);

    /** Takes a partition that is free or expired, by compare-and-set; whether {@code node} got it. */
    boolean claim(String node, int partition, Duration lease);

    /** Gives partitions up at once, so another admin can take them. */
    void release(String node, List<Integer> partitions);

    /** Partitions free or whose lease ended. */
    List<Integer> claimable();

    /** Forgets admins whose heartbeat stopped {@code silentFor} ago (killed ones never say goodbye); how many. */
    int forgetSilent(Duration silentFor);

    /** Every partition with its owner (null when free or expired). */
    Map<Integer, String> owners();
}
