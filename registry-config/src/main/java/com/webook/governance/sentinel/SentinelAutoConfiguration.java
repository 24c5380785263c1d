package com.webook.governance.sentinel;

import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.adapter.dubbo3.config.DubboAdapterGlobalConfig;
import com.alibaba.csp.sentinel.heartbeat.HeartbeatSenderProvider;
import com.alibaba.csp.sentinel.init.InitExecutor;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.EventObserverRegistry;
import com.alibaba.csp.sentinel.transport.HeartbeatSender;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;
import com.webook.governance.etcd.EtcdConnections;
import com.webook.governance.trust.CallerAuthorization;
import org.apache.dubbo.common.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Sentinel on every Webook app: the Dubbo filters of {@code sentinel-apache-dubbo3-adapter} guard each
 * call on both sides (resources {@code dubbo:provider:<interface>:<method>(<types>)} and
 * {@code dubbo:consumer:...}, plus one per interface), refused calls answer a declared
 * {@link BlockedCalls platform error}, the rules come from etcd ({@link EtcdRuleSource}), and Sentinel is
 * started with the app, so its command API is up and its heartbeat reaches the console before any traffic.
 * The origin of a provider call, which authority rules and per-caller limits match, is the caller's verified
 * identity (its TLS certificate), not a name the caller states. Off with {@code webook.sentinel.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "webook.sentinel.enabled", havingValue = "true", matchIfMissing = true)
public class SentinelAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SentinelAutoConfiguration.class);

    /** The app's rules, read before the app serves and followed from then on. */
    @Bean(destroyMethod = "close")
    EtcdRulesConnection sentinelRules(Environment environment) {
        URL etcd = URL.valueOf("etcd://" + environment.getProperty("webook.etcd.endpoints", "127.0.0.1:2379"))
                .setUsername(blankToNull(environment.getProperty("webook.etcd.username")))
                .setPassword(blankToNull(environment.getProperty("webook.etcd.password")));
        EtcdConnections.Connection connection = EtcdConnections.acquire(etcd);
        EtcdRuleSource rules = new EtcdRuleSource(connection.client(),
                environment.getProperty("webook.etcd.namespace", "webook"),
                environment.getRequiredProperty("spring.application.name"));
        rules.start();
        return new EtcdRulesConnection(rules, connection);
    }

    /** Sentinel itself: what refused calls answer, what counts as an error, and its transport. */
    @Bean
    SentinelStarted sentinelStarted(EtcdRulesConnection rules) {
        Tracer.setExceptionPredicate(BlockedCalls.COUNTS_AS_ERROR::test);
        BlockedCalls blocked = new BlockedCalls();
        DubboAdapterGlobalConfig.setProviderFallback(blocked);
        DubboAdapterGlobalConfig.setConsumerFallback(blocked);
        DubboAdapterGlobalConfig.setOriginParser((invoker, invocation) -> {
            Object caller = invocation.get(CallerAuthorization.VERIFIED_CALLER);
            return caller == null ? "" : caller.toString();
        });
        EventObserverRegistry.getInstance().addStateChangeObserver("webook-log", (from, to, rule, value) ->
                log.warn("circuit breaker of {}: {} -> {} (rule {}, value {})", rule.getResource(), from, to,
                        rule.getId(), value));
        InitExecutor.doInit();
        announce();
        return new SentinelStarted(rules.rules());
    }

    /**
     * Sends the first heartbeat now: Sentinel's own schedule sends it only after one interval, so the app
     * would appear in the console that much later.
     */
    private static void announce() {
        HeartbeatSender sender = HeartbeatSenderProvider.getHeartbeatSender();
        if (sender == null || TransportConfig.getConsoleServerList().isEmpty()) {
            return;
        }
        Thread first = new Thread(() -> {
            try {
                sender.sendHeartbeat();
            } catch (Exception e) {
                log.debug("the first heartbeat failed ({}); Sentinel's schedule sends the next", e.toString());
            }
        }, "sentinel-first-heartbeat");
        first.setDaemon(true);
        first.start();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The rule source and the etcd connection it reads through, closed together. */
    public record EtcdRulesConnection(EtcdRuleSource rules, EtcdConnections.Connection connection)
            implements AutoCloseable {

        @Override
        public void close() {
            rules.close();
            connection.close();
        }
    }

    /** Marks that Sentinel is initialised with the rules of {@link #rules()}. */
    public record SentinelStarted(EtcdRuleSource rules) {
    }
}
