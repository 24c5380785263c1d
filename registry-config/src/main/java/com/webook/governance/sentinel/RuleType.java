package com.webook.governance.sentinel;

import java.util.List;

import com.alibaba.csp.sentinel.command.handler.ModifyParamFlowRulesCommandHandler;
import com.alibaba.csp.sentinel.datasource.WritableDataSource;
import com.alibaba.csp.sentinel.property.SentinelProperty;
import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.block.authority.AuthorityRule;
import com.alibaba.csp.sentinel.slots.block.authority.AuthorityRuleManager;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRule;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleUtil;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleManager;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowRuleUtil;
import com.alibaba.csp.sentinel.slots.system.SystemRule;
import com.alibaba.csp.sentinel.slots.system.SystemRuleManager;
import com.alibaba.csp.sentinel.transport.util.WritableDataSourceRegistry;

/**
 * The five kinds of Sentinel rule, each kept in etcd under a key of its own per app
 * ({@code /<namespace>/config/sentinel/<app>/<key>}) as the JSON array Sentinel's command API speaks, and
 * each loaded into its rule manager.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public enum RuleType {

    FLOW("flow", FlowRule.class) {
        @Override
        boolean valid(AbstractRule rule) {
            return FlowRuleUtil.isValidRule((FlowRule) rule);
        }

        @Override
        void follow(SentinelProperty<List<? extends AbstractRule>> property) {
            FlowRuleManager.register2Property((SentinelProperty) property);
        }

        @Override
        void persistTo(WritableDataSource<List<? extends AbstractRule>> writer) {
            WritableDataSourceRegistry.registerFlowDataSource((WritableDataSource) writer);
        }

        @Override
        public List<? extends AbstractRule> loaded() {
            return FlowRuleManager.getRules();
        }
    },
    DEGRADE("degrade", DegradeRule.class) {
        @Override
        boolean valid(AbstractRule rule) {
            return DegradeRuleManager.isValidRule((DegradeRule) rule);
        }

        @Override
        void follow(SentinelProperty<List<? extends AbstractRule>> property) {
            DegradeRuleManager.register2Property((SentinelProperty) property);
        }

        @Override
        void persistTo(WritableDataSource<List<? extends AbstractRule>> writer) {
            WritableDataSourceRegistry.registerDegradeDataSource((WritableDataSource) writer);
        }

        @Override
        public List<? extends AbstractRule> loaded() {
            return DegradeRuleManager.getRules();
        }
    },
    PARAM_FLOW("param-flow", ParamFlowRule.class) {
        @Override
        boolean valid(AbstractRule rule) {
            return ParamFlowRuleUtil.isValidRule((ParamFlowRule) rule);
        }

        @Override
        void follow(SentinelProperty<List<? extends AbstractRule>> property) {
            ParamFlowRuleManager.register2Property((SentinelProperty) property);
        }

        @Override
        void persistTo(WritableDataSource<List<? extends AbstractRule>> writer) {
            ModifyParamFlowRulesCommandHandler.setWritableDataSource((WritableDataSource) writer);
        }

        @Override
        public List<? extends AbstractRule> loaded() {
            return ParamFlowRuleManager.getRules();
        }
    },
    SYSTEM("system", SystemRule.class) {
        /** A system rule holds thresholds for the whole app; at least one must be set (Sentinel uses -1 for unset). */
        @Override
        boolean valid(AbstractRule rule) {
            SystemRule system = (SystemRule) rule;
            return system.getHighestSystemLoad() >= 0 || system.getHighestCpuUsage() >= 0 || system.getQps() >= 0
                    || system.getAvgRt() >= 0 || system.getMaxThread() >= 0;
        }

        @Override
        boolean needsResource() {
            return false;
        }

        @Override
        void follow(SentinelProperty<List<? extends AbstractRule>> property) {
            SystemRuleManager.register2Property((SentinelProperty) property);
        }

        @Override
        void persistTo(WritableDataSource<List<? extends AbstractRule>> writer) {
            WritableDataSourceRegistry.registerSystemDataSource((WritableDataSource) writer);
        }

        @Override
        public List<? extends AbstractRule> loaded() {
            return SystemRuleManager.getRules();
        }
    },
    AUTHORITY("authority", AuthorityRule.class) {
        @Override
        boolean valid(AbstractRule rule) {
            return AuthorityRuleManager.isValidRule((AuthorityRule) rule);
        }

        @Override
        void follow(SentinelProperty<List<? extends AbstractRule>> property) {
            AuthorityRuleManager.register2Property((SentinelProperty) property);
        }

        @Override
        void persistTo(WritableDataSource<List<? extends AbstractRule>> writer) {
            WritableDataSourceRegistry.registerAuthorityDataSource((WritableDataSource) writer);
        }

        @Override
        public List<? extends AbstractRule> loaded() {
            return AuthorityRuleManager.getRules();
        }
    };

    private final String key;
    private final Class<? extends AbstractRule> ruleClass;

    RuleType(String key, Class<? extends AbstractRule> ruleClass) {
        this.key = key;
        this.ruleClass = ruleClass;
    }

    /** The last segment of its etcd key, and the {@code type} of Sentinel's {@code setRules} command. */
    public String key() {
        return key;
    }

    public Class<? extends AbstractRule> ruleClass() {
        return ruleClass;
    }

    /** The rule type stored under {@code key}, or null. */
    public static RuleType ofKey(String key) {
        for (RuleType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        return null;
    }

    /** Whether Sentinel's rule manager would accept {@code rule} (a rule it refuses is silently dropped). */
    abstract boolean valid(AbstractRule rule);

    /** Whether each rule names the resource it guards (all but system rules). */
    boolean needsResource() {
        return true;
    }

    /** Makes the rule manager follow {@code property}: what it holds is what the manager enforces. */
    abstract void follow(SentinelProperty<List<? extends AbstractRule>> property);

    /** Where Sentinel's {@code setRules} command writes the rules it was given, after loading them. */
    abstract void persistTo(WritableDataSource<List<? extends AbstractRule>> writer);

    /** The rules this process enforces now. */
    public abstract List<? extends AbstractRule> loaded();
}
