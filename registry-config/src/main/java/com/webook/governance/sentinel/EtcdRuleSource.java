package com.webook.governance.sentinel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.alibaba.csp.sentinel.datasource.WritableDataSource;
import com.alibaba.csp.sentinel.property.DynamicSentinelProperty;
import com.alibaba.csp.sentinel.property.SentinelProperty;
import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.webook.governance.etcd.EtcdUnavailable;
import com.webook.governance.etcd.WatchedRange;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import org.apache.dubbo.common.utils.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This app's Sentinel rules as etcd holds them, one key per rule type under
 * {@code /<namespace>/config/sentinel/<app>/}, followed live and loaded into Sentinel's rule managers.
 *
 * <p>Where {@code sentinel-datasource-etcd} falls short, this does not: it uses the app's one etcd client;
 * it reads the keys and watches them from the revision it read plus one, so a change in between is not
 * lost; when the watch ends (etcd restarted, the connection broke) it reads again and watches anew, trying
 * at most {@link #MAX_BACKOFF} apart, for as long as it runs (see {@link WatchedRange}); and a key that is
 * deleted or does not parse leaves the rules of that type as they last were, with a warning, instead of
 * removing them (an operator clears a type by writing {@code []}). Every 30 s it reads the keys again in
 * case a watch died silently.
 *
 * <p>It is also where Sentinel's {@code setRules} command persists what it was given (a stock console
 * pushing rules): see {@link #writerOf(RuleType)}. Whether that write succeeds is etcd's decision: the apps'
 * account may only read {@code /<namespace>/config/} in the bring-up's set-up, so there such a change stays
 * in the one instance and the governance console reports it as drift.
 */
public final class EtcdRuleSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EtcdRuleSource.class);
    /** How far apart, at most, it tries etcd while etcd is away: changes must arrive 2 s after it is back. */
    static final Duration MAX_BACKOFF = Duration.ofMillis(500);
    private static final long RESYNC_SECONDS = 30;

    private final Client client;
    private final String prefix;
    private final Map<RuleType, DynamicSentinelProperty<List<? extends AbstractRule>>> properties =
            new EnumMap<>(RuleType.class);
    /** The text each type's rules were last loaded from (absent: none loaded from etcd yet). */
    private final Map<RuleType, String> applied = new EnumMap<>(RuleType.class);
    private final ExecutorService deliveries =
            Executors.newSingleThreadExecutor(new NamedThreadFactory("sentinel-rules", true));
    private final ScheduledExecutorService timers =
            Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("sentinel-rules-timer", true));
    private final WatchedRange range;

    /**
     * @param client    the app's etcd client (not closed by this)
     * @param namespace the platform's root in etcd ({@code webook.etcd.namespace})
     * @param app       whose rules ({@code spring.application.name})
     */
    public EtcdRuleSource(Client client, String namespace, String app) {
        this.client = client;
        this.prefix = prefix(namespace, app);
        this.range = new WatchedRange(client, prefix, true, deliveries, timers, this::apply, MAX_BACKOFF);
    }

    /** Where an app's rules live: {@code /<namespace>/config/sentinel/<app>/}. */
    public static String prefix(String namespace, String app) {
        return "/" + namespace + "/config/sentinel/" + app + "/";
    }

    /** The key of one type of an app's rules. */
    public static String key(String namespace, String app, RuleType type) {
        return prefix(namespace, app) + type.key();
    }

    /**
     * Makes Sentinel's rule managers follow etcd: reads the rules now (so they hold before the app takes
     * traffic) and follows them from there. When etcd cannot be read now the app starts without rules
     * and loads them as soon as etcd answers.
     */
    public void start() {
        for (RuleType type : RuleType.values()) {
            DynamicSentinelProperty<List<? extends AbstractRule>> property = new DynamicSentinelProperty<>();
            properties.put(type, property);
            type.follow(property);
            type.persistTo(writerOf(type));
        }
        try {
            range.start();
        } catch (EtcdUnavailable away) {
            log.warn("Sentinel rules: cannot read {} now ({}); starting without rules and loading them once etcd "
                    + "answers", prefix, away.getMessage());
            range.startInBackground();
        }
        timers.scheduleWithFixedDelay(range::resync, RESYNC_SECONDS, RESYNC_SECONDS, TimeUnit.SECONDS);
    }

    /** The property Sentinel's manager of {@code type} follows (tests and the console's drift check read it). */
    SentinelProperty<List<? extends AbstractRule>> property(RuleType type) {
        return properties.get(type);
    }

    private void apply(Map<String, String> values) {
        for (RuleType type : RuleType.values()) {
            String text = values.get(prefix + type.key());
            if (text == null) {
                if (applied.containsKey(type)) {
                    log.warn("Sentinel rules: {}{} was deleted; keeping the {} rules it last held (write [] to clear "
                            + "them)", prefix, type.key(), type.key());
                }
                continue;
            }
            List<AbstractRule> rules;
            try {
                rules = RuleCodec.decode(type, text);
            } catch (IllegalArgumentException bad) {
                log.warn("Sentinel rules: {}{} was not applied ({}); keeping the rules it last held", prefix,
                        type.key(), bad.getMessage());
                continue;
            }
            // Every type is loaded again on every change of the range: etcd is the truth, so a change also
            // undoes what a direct setRules left in this instance.
            boolean changed = !text.equals(applied.put(type, text));
            properties.get(type).updateValue(rules);
            if (changed) {
                log.info("Sentinel rules: loaded {} {} rule(s) from {}{}", rules.size(), type.key(), prefix, type.key());
            }
        }
    }

    /** Sentinel's {@code setRules} for {@code type} writes here after loading the rules into this instance. */
    WritableDataSource<List<? extends AbstractRule>> writerOf(RuleType type) {
        ByteSequence key = ByteSequence.from(prefix + type.key(), StandardCharsets.UTF_8);
        return new WritableDataSource<>() {
            @Override
            public void write(List<? extends AbstractRule> rules) {
                EtcdUnavailable.await(client.getKVClient().put(key,
                        ByteSequence.from(RuleCodec.encode(rules), StandardCharsets.UTF_8)), "write " + key);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
        range.close();
        timers.shutdownNow();
        deliveries.shutdownNow();
    }
}
