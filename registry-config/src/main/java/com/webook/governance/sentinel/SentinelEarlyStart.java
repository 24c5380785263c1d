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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Sentinel on every Webook app, started as soon as the app's settings are known and before any bean is
 * created: its rules are read from etcd ({@link EtcdRuleSource}), its command API is up and its first
 * heartbeat sent, so the app appears in the governance console seconds after its process starts, with no
 * traffic, and enforces its rules before it serves.
 *
 * <p>The Dubbo filters of {@code sentinel-apache-dubbo3-adapter} guard each call on both sides (resources
 * {@code dubbo:provider:<interface>:<method>(<types>)} and {@code dubbo:consumer:...}, plus one per interface),
 * and a refused call answers a declared {@link BlockedCalls platform error}. The origin of a provider call,
 * which authority rules and per-caller limits match, is the caller's verified identity (its TLS
 * certificate), not a name the caller states. Off with {@code webook.sentinel.enabled=false}.
 *
 * <p>The rule source is registered in the context as the bean {@code sentinelRules} and closed with it.
 */
public class SentinelEarlyStart implements ApplicationListener<ApplicationPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(SentinelEarlyStart.class);

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        if (!environment.getProperty("webook.sentinel.enabled", Boolean.class, true)
                || event.getApplicationContext().getBeanFactory().containsSingleton("sentinelRules")) {
            return;
        }
        EtcdRulesConnection rules = rulesOf(environment);
        startSentinel();
        ConfigurableListableBeanFactory beans = event.getApplicationContext().getBeanFactory();
        beans.registerSingleton("sentinelRules", rules);
        // A singleton registered by hand is not destroyed with the context unless it is told so.
        if (beans instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("sentinelRules", rules);
        }
    }

    /** The app's rules, read now and followed from then on. */
    private static EtcdRulesConnection rulesOf(Environment environment) {
        URL etcd = URL.valueOf("etcd://" + environment.getProperty("webook.etcd.endpoints", "127.0.0.1:2379"))
                .setUsername(blankToNull(environment.getProperty("webook.etcd.username")))
                .setPassword(blankToNull(environment.getProperty("webook.etcd.password")));
        String app = environment.getRequiredProperty("spring.application.name");
        EtcdConnections.Connection connection = EtcdConnections.acquire(etcd);
        try {
            EtcdRuleSource rules = new EtcdRuleSource(connection.client(),
                    environment.getProperty("webook.etcd.namespace", "webook"), app);
            rules.start();
            return new EtcdRulesConnection(rules, connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Sentinel itself (once per JVM): what refused calls answer, what counts as an error, its transport. */
    private static void startSentinel() {
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

    /** The rule source and the etcd connection it reads through, closed with the context. */
    public record EtcdRulesConnection(EtcdRuleSource rules, EtcdConnections.Connection connection)
            implements DisposableBean {

        @Override
        public void destroy() {
            rules.close();
            connection.close();
        }
    }
}
