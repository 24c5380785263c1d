package com.webook.governance.console.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.webook.governance.sentinel.RuleCodec;
import com.webook.governance.sentinel.RuleType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the instances actually do, checked every few seconds: whether each live instance enforces the rules
 * etcd holds for its app (push status; a difference is drift: a direct {@code setRules}, a dead watch, an
 * instance that cannot reach etcd), whether etcd's rules were changed outside the console (recorded in the
 * history as such), and each instance's metrics since they were last read.
 */
public class WatchingInstances {

    private static final Logger log = LoggerFactory.getLogger(WatchingInstances.class);

    private final Machines machines;
    private final InstanceClient instances;
    private final RuleStore store;
    private final RuleHistory history;
    private final MetricStore metrics;
    private final Clock clock;
    private final Duration live;
    private final Duration forget;
    private final Duration keepMetrics;
    private final Map<String, Map<RuleType, Sync>> status = new ConcurrentHashMap<>();
    private final Object changes;

    /** @param changes the lock {@link ManagingRules} writes and records its changes under */
    public WatchingInstances(Machines machines, InstanceClient instances, RuleStore store, RuleHistory history,
                             MetricStore metrics, Clock clock, Duration live, Duration forget, Duration keepMetrics,
                             Object changes) {
        this.changes = changes;
        this.machines = machines;
        this.instances = instances;
        this.store = store;
        this.history = history;
        this.metrics = metrics;
        this.clock = clock;
        this.live = live;
        this.forget = forget;
        this.keepMetrics = keepMetrics;
    }

    /** How an instance's rules of one type compare with etcd's. */
    public enum State { IN_SYNC, DRIFTED, UNREACHABLE }

    public record Sync(State state, Instant since, String detail) {
    }

    /** An instance as the console sees it: heard from when, live or not, and its rules' status by type. */
    public record Instance(Machines.Machine machine, Instant firstSeen, Instant lastSeen, boolean live,
                           Map<RuleType, Sync> rules) {
    }

    public List<Instance> instances() {
        Instant now = clock.instant();
        List<Instance> all = new ArrayList<>();
        for (Machines.Seen seen : machines.all(now, forget)) {
            all.add(new Instance(seen.machine(), seen.firstSeen(), seen.lastSeen(), seen.live(now, live),
                    Map.copyOf(status.getOrDefault(key(seen.machine()), Map.of()))));
        }
        return all;
    }

    /** Compares every live instance's rules with etcd's, and notes changes made to etcd outside the console. */
    public void checkRules() {
        Instant now = clock.instant();
        Map<String, Map<RuleType, String>> inEtcd = new HashMap<>();
        for (Machines.Seen seen : machines.all(now, forget)) {
            if (!seen.live(now, live)) {
                status.remove(key(seen.machine()));
                continue;
            }
            Map<RuleType, String> expected = inEtcd.computeIfAbsent(seen.machine().app(), this::readAll);
            Map<RuleType, Sync> states = status.computeIfAbsent(key(seen.machine()), k -> new ConcurrentHashMap<>());
            for (RuleType type : RuleType.values()) {
                states.compute(type, (t, before) -> next(before, compare(seen.machine(), type, expected.get(type)), now));
            }
        }
        java.util.Set<String> apps = new java.util.TreeSet<>(inEtcd.keySet());
        apps.addAll(store.apps());
        for (String app : apps) {
            noteOutsideChanges(app);
        }
    }

    /** Loads etcd's rules into one instance (every type that differs); the audit log says who asked. */
    public int resync(String app, String ip, int port, String actor) {
        Machines.Seen seen = machines.all(clock.instant(), forget).stream()
                .filter(s -> s.machine().app().equals(app) && s.machine().ip().equals(ip) && s.machine().port() == port)
                .findFirst().orElseThrow(() -> Rejected.notFound("no instance " + ip + ":" + port + " of " + app));
        Map<RuleType, String> expected = readAll(app);
        int loaded = 0;
        for (RuleType type : RuleType.values()) {
            if (compare(seen.machine(), type, expected.get(type)).state() != State.IN_SYNC) {
                try {
                    instances.setRules(seen.machine(), type, expected.get(type));
                } catch (RuntimeException unreachable) {
                    throw new Rejected(Rejected.Kind.UNAVAILABLE, "could not load the rules into " + ip + ":" + port
                            + ": " + unreachable.getMessage());
                }
                loaded++;
            }
        }
        history.audit(actor, "resync", app, "loaded etcd's rules into " + ip + ":" + port + " (" + loaded + " type(s) differed)");
        checkRules();
        return loaded;
    }

    /** Reads each live instance's metrics since it was last read, up to two seconds ago, and drops old ones. */
    public void readMetrics() {
        Instant now = clock.instant();
        long upTo = (now.toEpochMilli() / 1000 - 2) * 1000;
        for (Machines.Seen seen : machines.all(now, forget)) {
            if (!seen.live(now, live)) {
                continue;
            }
            long readTo = metrics.readTo(seen.machine());
            // A new instance from a minute back; a known one from where it was left (after a console restart
            // too), as far back as metrics are kept.
            long from = readTo < 0 ? upTo - 60_000 : Math.max(readTo + 1000, upTo - keepMetrics.toMillis());
            if (from > upTo) {
                continue;
            }
            // At most five minutes per read: a long-unread instance catches up over a few rounds.
            long to = Math.min(upTo, from + 300_000);
            try {
                metrics.add(seen.machine(), instances.metrics(seen.machine(), from, to), to);
            } catch (RuntimeException unreachable) {
                log.debug("cannot read the metrics of {}: {}", seen.machine().address(), unreachable.toString());
            }
        }
        metrics.prune(now.toEpochMilli() - keepMetrics.toMillis());
    }

    private Sync compare(Machines.Machine machine, RuleType type, String expected) {
        String actual;
        try {
            actual = instances.rules(machine, type);
        } catch (RuntimeException unreachable) {
            return new Sync(State.UNREACHABLE, null, unreachable.getMessage());
        }
        try {
            List<String> want = canonical(type, expected);
            List<String> have = canonical(type, actual == null || actual.isBlank() ? "[]" : actual);
            if (want.equals(have)) {
                return new Sync(State.IN_SYNC, null, "");
            }
            return new Sync(State.DRIFTED, null, "etcd has " + want.size() + " rule(s), the instance enforces "
                    + have.size() + (want.size() == have.size() ? " that differ" : ""));
        } catch (IllegalArgumentException unreadable) {
            return new Sync(State.DRIFTED, null, "cannot compare: " + unreadable.getMessage());
        }
    }

    /** Keeps the time a state began while it lasts. */
    private static Sync next(Sync before, Sync now, Instant at) {
        if (before != null && before.state() == now.state()) {
            return new Sync(now.state(), before.since(), now.detail());
        }
        return new Sync(now.state(), at, now.detail());
    }

    /**
     * Each rule as text, sorted: the same rules in another order are the same rules. System rules are what they
     * enforce: Sentinel keeps only the lowest threshold of each kind and reports them as one rule per threshold,
     * without ids, so their thresholds are compared.
     */
    private static List<String> canonical(RuleType type, String text) {
        if (type == RuleType.SYSTEM) {
            return List.of(systemThresholds(RuleCodec.decode(type, text)));
        }
        List<String> rules = new ArrayList<>();
        RuleCodec.decode(type, text).forEach(rule -> rules.add(RuleCodec.encode(List.of(rule))));
        rules.sort(null);
        return rules;
    }

    private static String systemThresholds(List<com.alibaba.csp.sentinel.slots.block.AbstractRule> rules) {
        double load = -1;
        double cpu = -1;
        double qps = -1;
        long rt = -1;
        long threads = -1;
        for (com.alibaba.csp.sentinel.slots.block.AbstractRule rule : rules) {
            com.alibaba.csp.sentinel.slots.system.SystemRule system = (com.alibaba.csp.sentinel.slots.system.SystemRule) rule;
            load = lowest(load, system.getHighestSystemLoad());
            cpu = lowest(cpu, system.getHighestCpuUsage());
            qps = lowest(qps, system.getQps());
            rt = (long) lowest(rt, system.getAvgRt());
            threads = (long) lowest(threads, system.getMaxThread());
        }
        return "load " + load + ", cpu " + cpu + ", qps " + qps + ", rt " + rt + ", threads " + threads;
    }

    /** The lower of two thresholds where a negative one is unset. */
    private static double lowest(double a, double b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private Map<RuleType, String> readAll(String app) {
        Map<RuleType, String> all = new EnumMap<>(RuleType.class);
        for (RuleType type : RuleType.values()) {
            all.put(type, store.read(app, type).text());
        }
        return all;
    }

    /**
     * Records etcd's rules of an app as a version "changed outside the console" where they differ from the
     * last version recorded. Read under the lock changes are written under, so one of this console's own is
     * recorded by then.
     */
    private void noteOutsideChanges(String app) {
        synchronized (changes) {
            noteOutsideChanges(app, readAll(app));
        }
    }

    private void noteOutsideChanges(String app, Map<RuleType, String> inEtcd) {
        for (Map.Entry<RuleType, String> rules : inEtcd.entrySet()) {
            List<RuleHistory.Version> last = history.versions(app, rules.getKey(), 1);
            String known = last.isEmpty() ? "[]" : last.get(0).rulesJson();
            if (!sameRules(rules.getKey(), known, rules.getValue())) {
                history.record(app, rules.getKey(), rules.getValue(), "etcd", "changed outside the console");
                history.audit("etcd", "rules", app, rules.getKey().key() + ": changed outside the console");
            }
        }
    }

    private static boolean sameRules(RuleType type, String a, String b) {
        try {
            return canonical(type, a).equals(canonical(type, b));
        } catch (IllegalArgumentException unreadable) {
            return a.equals(b);
        }
    }

    private static String key(Machines.Machine machine) {
        return machine.app() + "@" + machine.address();
    }
}
