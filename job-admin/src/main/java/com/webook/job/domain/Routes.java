package com.webook.job.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;

/**
 * Orders a job's live instances by its routing strategy. The counters behind round robin, least
 * frequently and least recently used live here, per job, in the admin that owns the job's partition (a
 * job has one owner at a time, so they need no sharing; after a hand-over they start afresh). Counters of
 * instances that left are forgotten.
 */
public final class Routes {

    /** Virtual nodes per instance on the consistent-hash ring, so a few instances still split evenly. */
    static final int VIRTUAL_NODES = 100;

    private final RandomGenerator random;
    private final Map<Long, AtomicLong> rounds = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Long>> uses = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Long>> lastUsed = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong();

    public Routes() {
        this(ThreadLocalRandom.current());
    }

    public Routes(RandomGenerator random) {
        this.random = random;
    }

    /**
     * The instances in the order they are to be tried; {@code instances} is the app's live instances in a
     * stable order (by address). The dispatcher reports the one it sent to with {@link #used}.
     */
    public List<String> order(Routing routing, long jobId, List<String> instances) {
        if (instances.isEmpty()) {
            return List.of();
        }
        List<String> sorted = instances.stream().sorted().toList();
        List<String> order = switch (routing) {
            case FIRST, FAILOVER, BUSYOVER, SHARDING_BROADCAST -> sorted;
            case LAST -> reversed(sorted);
            case ROUND_ROBIN -> rotated(sorted, (int) Math.floorMod(
                    rounds.computeIfAbsent(jobId, id -> new AtomicLong(random.nextInt(1000))).getAndIncrement(),
                    (long) sorted.size()));
            case RANDOM -> rotated(sorted, random.nextInt(sorted.size()));
            case CONSISTENT_HASH -> rotated(sorted, sorted.indexOf(onRing(jobId, sorted)));
            case LEAST_FREQUENTLY_USED -> byCount(sorted, counts(uses, jobId, sorted));
            case LEAST_RECENTLY_USED -> byCount(sorted, counts(lastUsed, jobId, sorted));
        };
        return order;
    }

    /** Marks {@code address} as the one that got a run of the job (for LFU and LRU). */
    public void used(long jobId, String address) {
        uses.computeIfAbsent(jobId, id -> new ConcurrentHashMap<>()).merge(address, 1L, Long::sum);
        lastUsed.computeIfAbsent(jobId, id -> new ConcurrentHashMap<>()).put(address, clock.incrementAndGet());
    }

    /** Forgets a job's counters (deleted, or no longer this admin's). */
    public void forget(long jobId) {
        rounds.remove(jobId);
        uses.remove(jobId);
        lastUsed.remove(jobId);
    }

    private static Map<String, Long> counts(Map<Long, Map<String, Long>> all, long jobId, List<String> live) {
        Map<String, Long> counts = all.computeIfAbsent(jobId, id -> new ConcurrentHashMap<>());
        counts.keySet().retainAll(live);
        return counts;
    }

    private static List<String> byCount(List<String> sorted, Map<String, Long> counts) {
        return sorted.stream().sorted(Comparator.comparingLong((String a) -> counts.getOrDefault(a, 0L))).toList();
    }

    private static List<String> rotated(List<String> sorted, int first) {
        List<String> order = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            order.add(sorted.get((first + i) % sorted.size()));
        }
        return order;
    }

    private static List<String> reversed(List<String> sorted) {
        List<String> order = new ArrayList<>(sorted);
        java.util.Collections.reverse(order);
        return order;
    }

    /** The instance owning the job's point on a ring of the instances' virtual nodes. */
    static String onRing(long jobId, List<String> instances) {
        NavigableMap<Long, String> ring = new TreeMap<>();
        for (String instance : instances) {
            for (int i = 0; i < VIRTUAL_NODES; i++) {
                ring.put(hash(instance + "#" + i), instance);
            }
        }
        Map.Entry<Long, String> owner = ring.ceilingEntry(hash("job-" + jobId));
        return (owner != null ? owner : ring.firstEntry()).getValue();
    }

    private static long hash(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        long h = crc.getValue();
        // spread CRC32's 32 bits (murmur's finaliser), so neighbouring keys land apart on the ring
        h ^= h >>> 16;
        h *= 0x85ebca6bL;
        h ^= h >>> 13;
        h *= 0xc2b2ae35L;
        h ^= h >>> 16;
        return h & 0xffffffffL;
    }
}
