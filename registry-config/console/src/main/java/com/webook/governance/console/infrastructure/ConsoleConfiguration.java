package com.webook.governance.console.infrastructure;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.governance.console.application.HeartbeatPolicy;
import com.webook.governance.console.application.ManagingRules;
import com.webook.governance.console.application.RuleStore;
import com.webook.governance.console.application.WatchingInstances;
import com.webook.governance.etcd.EtcdConnections;
import org.apache.dubbo.common.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/** The console's parts and the loops that keep it current. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsoleConfiguration.class);

    /** Held while a rule change is written and recorded (see {@link ManagingRules}). */
    private final Object ruleChanges = new Object();

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The console writes rules as the operators' etcd account ({@code webook.etcd.username}). */
    @Bean(destroyMethod = "close")
    EtcdConnections.Connection etcd(@Value("${webook.etcd.endpoints}") String endpoints,
                                    @Value("${webook.etcd.username:}") String username,
                                    @Value("${webook.etcd.password:}") String password) {
        URL url = URL.valueOf("etcd://" + endpoints)
                .setUsername(username.isBlank() ? null : username)
                .setPassword(password.isBlank() ? null : password);
        return EtcdConnections.acquire(url);
    }

    @Bean
    RuleStore ruleStore(EtcdConnections.Connection etcd, ConsoleProperties properties) {
        return new EtcdRuleStore(etcd.client(), properties.namespace());
    }

    @Bean
    EtcdServices services(EtcdConnections.Connection etcd, ConsoleProperties properties) {
        return new EtcdServices(etcd.client(), properties.namespace());
    }

    @Bean
    JdbcRuleHistory ruleHistory(JdbcClient jdbc) {
        return new JdbcRuleHistory(jdbc);
    }

    @Bean
    JdbcRuleHistory.JdbcExpiries expiries(JdbcClient jdbc) {
        return new JdbcRuleHistory.JdbcExpiries(jdbc);
    }

    @Bean
    JdbcMachines machines(JdbcClient jdbc) {
        return new JdbcMachines(jdbc);
    }

    @Bean
    JdbcMetricStore metricStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new JdbcMetricStore(jdbc, transactions);
    }

    @Bean
    HeartbeatPolicy heartbeatPolicy(ConsoleProperties properties) {
        return new HeartbeatPolicy(properties.heartbeatNetworks());
    }

    @Bean
    ManagingRules managingRules(RuleStore store, JdbcRuleHistory history, JdbcRuleHistory.JdbcExpiries expiries,
                                ObjectMapper json, Clock clock) {
        return new ManagingRules(store, history, expiries, json, clock, ruleChanges);
    }

    @Bean
    WatchingInstances watchingInstances(JdbcMachines machines, RuleStore store, JdbcRuleHistory history,
                                        JdbcMetricStore metrics, Clock clock, ConsoleProperties properties) {
        return new WatchingInstances(machines, new HttpInstanceClient(properties.commandTimeout()), store, history,
                metrics, clock, properties.live(), properties.forget(), properties.keepMetrics(), ruleChanges);
    }

    /** The loops: instances' rules and metrics every {@code poll}, expiring rules every second. */
    @Bean
    Loops loops(WatchingInstances watching, ManagingRules rules) {
        return new Loops(watching, rules);
    }

    /** Scheduled work; a failed round is logged and the next one tries again. */
    public static class Loops {

        private final WatchingInstances watching;
        private final ManagingRules rules;

        Loops(WatchingInstances watching, ManagingRules rules) {
            this.watching = watching;
            this.rules = rules;
        }

        @Scheduled(fixedDelayString = "${webook.governance.poll:3s}", initialDelay = 1000)
        void instances() {
            try {
                watching.checkRules();
            } catch (RuntimeException e) {
                log.warn("checking the instances' rules failed: {}", e.toString());
            }
            try {
                watching.readMetrics();
            } catch (RuntimeException e) {
                log.warn("reading the instances' metrics failed: {}", e.toString());
            }
        }

        @Scheduled(fixedDelay = 1000, initialDelay = 1000)
        void expiries() {
            try {
                rules.expireDue();
            } catch (RuntimeException e) {
                log.warn("expiring rules failed: {}", e.toString());
            }
        }
    }
}
