package com.webook.governance.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.webook.governance.etcd.EtcdConnections;
import com.webook.governance.etcd.EtcdUnavailable;
import com.webook.governance.testkit.OwnEtcd;
import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import org.apache.dubbo.common.URL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An app's Sentinel rules follow etcd: there before the app serves, changed within 2 s of a change, kept
 * when their key is deleted or broken, and followed again within 2 s of a change once a stopped etcd is back.
 */
class EtcdRuleSourceIT {

    private static final Logger log = LoggerFactory.getLogger(EtcdRuleSourceIT.class);
    private static final String NAMESPACE = TestRun.etcdNamespace();

    private final String app = "webook-rules-" + UUID.randomUUID().toString().substring(0, 8);
    private final Client operator = TestEtcd.asOperator();
    private final Client appAccount = TestEtcd.asApp();
    private EtcdRuleSource source;

    @AfterEach
    void close() throws Exception {
        if (source != null) {
            source.close();
        }
        operator.getKVClient().delete(bytes(EtcdRuleSource.prefix(NAMESPACE, app)),
                io.etcd.jetcd.options.DeleteOption.builder().isPrefix(true).build()).get();
        operator.close();
        appAccount.close();
    }

    @Test
    void theRulesInEtcdHoldFromTheStartAndAChangeArrivesWithinTwoSeconds() throws Exception {
        put(operator, RuleType.FLOW, "[{\"id\":1,\"resource\":\"GET:/ranking/hot\",\"count\":5}]");

        source = new EtcdRuleSource(appAccount, NAMESPACE, app);
        source.start();
        assertThat(flowCounts()).containsExactly(5.0);
        assertThat(RuleType.FLOW.loaded()).extracting(rule -> ((FlowRule) rule).getResource()).containsExactly("GET:/ranking/hot");

        long changed = System.nanoTime();
        put(operator, RuleType.FLOW, "[{\"id\":1,\"resource\":\"GET:/ranking/hot\",\"count\":7}]");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).until(() -> flowCounts().equals(List.of(7.0)));
        log.info("a changed flow rule was enforced {} ms after the write", (System.nanoTime() - changed) / 1_000_000);
        assertThat(RuleType.FLOW.loaded()).extracting(rule -> ((FlowRule) rule).getCount()).containsExactly(7.0);
    }

    @Test
    void aDeletedOrBrokenKeyKeepsTheRulesItLastHeldAndAnEmptyArrayClearsThem() throws Exception {
        put(operator, RuleType.FLOW, "[{\"resource\":\"a\",\"count\":5}]");
        put(operator, RuleType.DEGRADE, "[{\"resource\":\"a\",\"grade\":2,\"count\":3,\"timeWindow\":10}]");
        source = new EtcdRuleSource(appAccount, NAMESPACE, app);
        source.start();

        put(operator, RuleType.FLOW, "[{\"resource\":\"a\",\"count\":"); // cut off
        put(operator, RuleType.DEGRADE, "[{\"resource\":\"a\",\"grade\":2,\"count\":4,\"timeWindow\":10}]");
        await().atMost(Duration.ofSeconds(2)).until(() -> rules(RuleType.DEGRADE).size() == 1
                && rules(RuleType.DEGRADE).get(0).toString().contains("count=4"));
        assertThat(flowCounts()).as("a broken key leaves the last good rules").containsExactly(5.0);

        operator.getKVClient().delete(bytes(EtcdRuleSource.key(NAMESPACE, app, RuleType.FLOW))).get();
        put(operator, RuleType.PARAM_FLOW, "[]"); // a change after the delete, to know it was seen
        put(operator, RuleType.DEGRADE, "[]");
        await().atMost(Duration.ofSeconds(2)).until(() -> rules(RuleType.DEGRADE).isEmpty());
        assertThat(flowCounts()).as("a deleted key leaves the last good rules").containsExactly(5.0);
    }

    @Test
    void setRulesIsPersistedWhereTheAccountMayWriteAndRefusedToTheAppsAccount() throws Exception {
        source = new EtcdRuleSource(appAccount, NAMESPACE, app);
        source.start();
        FlowRule rule = new FlowRule("pushed");
        rule.setCount(3);

        assertThatThrownBy(() -> source.writerOf(RuleType.FLOW).write(List.of(rule)))
                .isInstanceOf(EtcdUnavailable.class).hasMessageContaining("permission denied");

        try (EtcdRuleSource asOperator = new EtcdRuleSource(operator, NAMESPACE, app)) {
            asOperator.writerOf(RuleType.FLOW).write(List.of(rule));
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> flowCounts().equals(List.of(3.0)));
    }

    @Test
    void afterEtcdWasStoppedForThirtySecondsAChangeArrivesWithinTwoSecondsOfItsReturn() throws Exception {
        try (OwnEtcd etcd = OwnEtcd.start(Path.of("target", "own-etcd-rules"), NAMESPACE)) {
            try (Client before = etcd.client(TestEtcd.OPERATOR)) {
                put(before, RuleType.FLOW, "[{\"resource\":\"r\",\"count\":1}]");
            }
            // The app's client, as apps get it: shared, and prompted to reconnect (EtcdConnections).
            URL url = URL.valueOf("etcd://" + etcd.endpoint()).setUsername(TestEtcd.APP)
                    .setPassword(etcd.password(TestEtcd.APP));
            try (EtcdConnections.Connection connection = EtcdConnections.acquire(url)) {
                source = new EtcdRuleSource(connection.client(), NAMESPACE, app);
                source.start();
                assertThat(flowCounts()).containsExactly(1.0);

                etcd.stop();
                Thread.sleep(30_000); // the outage itself: what is under test is what happens after it
                etcd.startAgain();
                long back = System.nanoTime();
                try (Client after = etcd.client(TestEtcd.OPERATOR)) {
                    put(after, RuleType.FLOW, "[{\"resource\":\"r\",\"count\":2}]");
                }
                long changed = System.nanoTime();
                await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                        .until(() -> flowCounts().equals(List.of(2.0)));
                log.info("after a 30 s outage: a rule written {} ms after etcd was back was enforced {} ms after the write",
                        (changed - back) / 1_000_000, (System.nanoTime() - changed) / 1_000_000);
                source.close();
                source = null;
            }
        }
    }

    private List<Double> flowCounts() {
        return rules(RuleType.FLOW).stream().map(rule -> ((FlowRule) rule).getCount()).toList();
    }

    private List<? extends AbstractRule> rules(RuleType type) {
        List<? extends AbstractRule> held = type.loaded();
        return held == null ? List.of() : held;
    }

    private void put(Client client, RuleType type, String json) throws Exception {
        client.getKVClient().put(bytes(EtcdRuleSource.key(NAMESPACE, app, type)), bytes(json)).get();
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }
}
