package com.webook.governance.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.system.SystemRule;
import org.junit.jupiter.api.Test;

class RuleCodecTest {

    @Test
    void readsTheArrayThatSentinelsCommandApiSpeaksAndWritesItBack() {
        List<AbstractRule> rules = RuleCodec.decode(RuleType.FLOW,
                "[{\"id\":7,\"resource\":\"GET:/ranking/hot\",\"grade\":1,\"count\":5,\"limitApp\":\"default\"}]");

        assertThat(rules).singleElement().isInstanceOfSatisfying(FlowRule.class, rule -> {
            assertThat(rule.getId()).isEqualTo(7L);
            assertThat(rule.getResource()).isEqualTo("GET:/ranking/hot");
            assertThat(rule.getCount()).isEqualTo(5.0);
        });
        assertThat(RuleCodec.decode(RuleType.FLOW, RuleCodec.encode(rules))).isEqualTo(rules);
        assertThat(RuleCodec.decode(RuleType.DEGRADE, "[]")).isEmpty();
    }

    @Test
    void refusesWhatSentinelWouldDropOrCannotRead() {
        assertThatThrownBy(() -> RuleCodec.decode(RuleType.FLOW, "")).hasMessageContaining("write [] for no rules");
        assertThatThrownBy(() -> RuleCodec.decode(RuleType.FLOW, "{\"resource\":\"a\"}")).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> RuleCodec.decode(RuleType.FLOW, "[{\"resource\":")).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> RuleCodec.decode(RuleType.FLOW, "[{\"count\":5}]")).hasMessageContaining("names no resource");
        assertThatThrownBy(() -> RuleCodec.decode(RuleType.FLOW, "[{\"resource\":\"a\",\"count\":-1}]"))
                .hasMessageContaining("rule 0 (a) is not a valid flow rule");
        assertThatThrownBy(() -> RuleCodec.decode(RuleType.DEGRADE, "[{\"resource\":\"a\",\"grade\":0,\"count\":10,\"timeWindow\":0}]"))
                .hasMessageContaining("not a valid degrade rule");
        assertThatThrownBy(() -> RuleCodec.decode(RuleType.SYSTEM, "[{}]")).hasMessageContaining("not a valid system rule");
    }

    @Test
    void aRuleWithoutACallerAppliesToEveryCallerAsTheInstancesReportIt() {
        String fromEtcd = "[{\"id\":2,\"resource\":\"r\",\"grade\":1,\"count\":0.5,\"timeWindow\":10}]";
        String fromAnInstance = "[{\"count\":0.5,\"grade\":1,\"id\":2,\"limitApp\":\"default\",\"minRequestAmount\":5,"
                + "\"regex\":false,\"resource\":\"r\",\"slowRatioThreshold\":1.0,\"statIntervalMs\":1000,\"timeWindow\":10}]";

        assertThat(RuleCodec.encode(RuleCodec.decode(RuleType.DEGRADE, fromEtcd)))
                .isEqualTo(RuleCodec.encode(RuleCodec.decode(RuleType.DEGRADE, fromAnInstance)));
    }

    @Test
    void systemRulesNeedNoResource() {
        assertThat(RuleCodec.decode(RuleType.SYSTEM, "[{\"qps\":100}]"))
                .singleElement().isInstanceOfSatisfying(SystemRule.class, rule -> assertThat(rule.getQps()).isEqualTo(100.0));
    }

    @Test
    void everyTypeHasItsKey() {
        for (RuleType type : RuleType.values()) {
            assertThat(RuleType.ofKey(type.key())).isEqualTo(type);
        }
        assertThat(RuleType.ofKey("gateway")).isNull();
        assertThat(EtcdRuleSource.key("webook", "webook-article", RuleType.PARAM_FLOW))
                .isEqualTo("/webook/config/sentinel/webook-article/param-flow");
    }
}
