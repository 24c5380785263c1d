package com.webook.governance.sentinel;

import java.util.ArrayList;
import java.util.List;

import com.alibaba.csp.sentinel.slots.block.AbstractRule;
import com.alibaba.csp.sentinel.slots.block.RuleConstant;
import com.alibaba.fastjson.JSON;
import com.alibaba.fastjson.JSONException;

/**
 * Rules as text: the JSON array Sentinel's command API reads ({@code setRules}) and writes
 * ({@code getRules}), which is also what etcd holds. Sentinel parses it with fastjson, so this does too:
 * a rule reads the same here, in etcd and in any Sentinel console.
 */
public final class RuleCodec {

    private RuleCodec() {
    }

    /**
     * The rules in {@code text}, all of them valid.
     *
     * @throws IllegalArgumentException naming the first problem: not a JSON array of rules, a rule without
     *                                  a resource, or one Sentinel's rule manager would drop
     */
    public static List<AbstractRule> decode(RuleType type, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty: write [] for no rules");
        }
        List<? extends AbstractRule> parsed;
        try {
            if (!text.strip().startsWith("[")) {
                throw new IllegalArgumentException("not a JSON array of " + type.key() + " rules");
            }
            parsed = JSON.parseArray(text, type.ruleClass());
        } catch (JSONException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON array of " + type.key() + " rules: " + e.getMessage(), e);
        }
        List<AbstractRule> rules = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            AbstractRule rule = parsed.get(i);
            if (rule == null) {
                throw new IllegalArgumentException("rule " + i + " is null");
            }
            if (type.needsResource() && (rule.getResource() == null || rule.getResource().isBlank())) {
                throw new IllegalArgumentException("rule " + i + " names no resource");
            }
            if (!type.valid(rule)) {
                throw new IllegalArgumentException("rule " + i + " (" + rule.getResource() + ") is not a valid "
                        + type.key() + " rule: check its thresholds and modes");
            }
            if (type.needsResource() && (rule.getLimitApp() == null || rule.getLimitApp().isBlank())) {
                // What the rule managers do on loading (some rule classes do it in their constructor, some not):
                // a rule read here equals the same rule read back from an instance.
                rule.setLimitApp(RuleConstant.LIMIT_APP_DEFAULT);
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    public static String encode(List<? extends AbstractRule> rules) {
        return JSON.toJSONString(rules);
    }
}
