package com.webook.governance.console.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.webook.governance.sentinel.RuleCodec;
import com.webook.governance.sentinel.RuleType;

/**
 * Changing an app's rules: each rule gets an id that is never given again, every change is written to
 * etcd only if nobody changed the rules in between (else it is tried again on the new state), and is
 * remembered whole with its author (history, rollback) and in the audit log. Rules may be set to expire.
 */
public class ManagingRules {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ManagingRules.class);

    /** App names as Spring and Sentinel write them. */
    private static final Pattern APP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final int ATTEMPTS = 5;
    private static final Duration LONGEST_EXPIRY = Duration.ofDays(7);

    private final RuleStore store;
    private final RuleHistory history;
    private final Expiries expiries;
    private final ObjectMapper json;
    private final Clock clock;
    private final Object changes;

    /**
     * @param changes held while a change is written and recorded, and while {@link WatchingInstances} looks for
     *                changes made outside the console, so that it never takes this console's for one
     */
    public ManagingRules(RuleStore store, RuleHistory history, Expiries expiries, ObjectMapper json, Clock clock,
                         Object changes) {
        this.changes = changes;
        this.store = store;
        this.history = history;
        this.expiries = expiries;
        this.json = json;
        this.clock = clock;
    }

    /** One app's rules of one type as etcd holds them, each with its expiry if it has one. */
    public RuleSet rules(String app, RuleType type) {
        checkApp(app);
        RuleStore.Stored stored = store.read(app, type);
        return new RuleSet(app, type, array(stored.text()), stored.version(), expiries.of(app));
    }

    /** Adds a rule (its id is given here; an id in {@code rule} is ignored); expires after {@code expiresIn} if set. */
    public long create(String app, RuleType type, JsonNode rule, Duration expiresIn, String actor) {
        checkApp(app);
        ObjectNode fresh = object(rule);
        checkExpiry(expiresIn);
        long id = history.nextRuleId();
        fresh.put("id", id);
        change(app, type, actor, "created rule " + id + describe(fresh), rules -> {
            rules.add(fresh);
            return rules;
        });
        if (expiresIn != null) {
            Instant at = clock.instant().plus(expiresIn);
            expiries.expireAt(id, app, type, at, actor);
            history.audit(actor, "expiry", app, type.key() + " rule " + id + " expires at " + at);
        }
        return id;
    }

    /** Replaces the rule with id {@code id}; it keeps its id. */
    public void update(String app, RuleType type, long id, JsonNode rule, String actor) {
        checkApp(app);
        ObjectNode replacement = object(rule);
        replacement.put("id", id);
        change(app, type, actor, "changed rule " + id + describe(replacement), rules -> {
            int at = indexOf(rules, id);
            rules.set(at, replacement);
            return rules;
        });
    }

    public void delete(String app, RuleType type, long id, String actor) {
        checkApp(app);
        change(app, type, actor, "deleted rule " + id, rules -> {
            rules.remove(indexOf(rules, id));
            return rules;
        });
        expiries.forget(id);
    }

    /** Puts the rules back as they were in version {@code versionId}. */
    public void rollBack(long versionId, String actor) {
        RuleHistory.Version version = history.version(versionId)
                .orElseThrow(() -> Rejected.notFound("no version " + versionId));
        change(version.app(), version.type(), actor, "rolled back to version " + versionId,
                rules -> array(version.rulesJson()));
    }

    /** Removes the rules whose time is up; each removal is in the history and the audit log. */
    public int expireDue() {
        int expired = 0;
        for (Expiries.Due due : expiries.due(clock.instant())) {
            try {
                change(due.app(), due.type(), "console", "rule " + due.ruleId() + " expired (set by " + due.author() + ")",
                        rules -> {
                            rules.remove(indexOf(rules, due.ruleId()));
                            return rules;
                        });
                expired++;
            } catch (Rejected refused) {
                if (refused.kind() != Rejected.Kind.NOT_FOUND) {
                    // etcd away, the key changed under it, its rules broken: kept due, tried again next round,
                    // and the other due rules are not held up
                    log.warn("rule {} of {} is due to expire but could not be removed: {}", due.ruleId(), due.app(),
                            refused.getMessage());
                    continue;
                }
            }
            expiries.forget(due.ruleId());
        }
        return expired;
    }

    public List<RuleHistory.Version> history(String app, RuleType type, int limit) {
        checkApp(app);
        return history.versions(app, type, Math.max(1, Math.min(limit, 200)));
    }

    /** Reads, changes and writes the rules until the write lands on the state it read (or gives up). */
    private void change(String app, RuleType type, String actor, String action, Edit edit) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RuleStore.Stored stored = store.read(app, type);
            ArrayNode rules = edit.apply(array(stored.text()));
            String text = text(rules);
            try {
                RuleCodec.decode(type, text);
            } catch (IllegalArgumentException invalid) {
                throw Rejected.invalid(invalid.getMessage());
            }
            synchronized (changes) {
                if (store.write(app, type, text, stored.version())) {
                    history.record(app, type, text, actor, action);
                    history.audit(actor, "rules", app, type.key() + ": " + action);
                    return;
                }
            }
        }
        throw Rejected.conflict("the " + type.key() + " rules of " + app + " keep changing; try again");
    }

    private static int indexOf(ArrayNode rules, long id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).path("id").asLong(-1) == id) {
                return i;
            }
        }
        throw Rejected.notFound("no rule " + id);
    }

    private ArrayNode array(String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node instanceof ArrayNode array) {
                return array;
            }
        } catch (JsonProcessingException unreadable) {
            // etcd holds something that is not a rule array: changes start from no rules, and say so
        }
        throw Rejected.conflict("the rules in etcd are not a JSON array; fix or delete the key first");
    }

    private String text(ArrayNode rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode object(JsonNode rule) {
        if (!(rule instanceof ObjectNode object)) {
            throw Rejected.invalid("a rule is a JSON object");
        }
        return object.deepCopy();
    }

    private static String describe(ObjectNode rule) {
        String resource = rule.path("resource").asText("");
        return resource.isEmpty() ? "" : " on " + resource;
    }

    private static void checkApp(String app) {
        if (app == null || !APP.matcher(app).matches()) {
            throw Rejected.invalid("app must be 1 to 128 letters, digits, . _ : -");
        }
    }

    private static void checkExpiry(Duration expiresIn) {
        if (expiresIn != null && (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(LONGEST_EXPIRY) > 0)) {
            throw Rejected.invalid("a rule may expire after 1 second to 7 days");
        }
    }

    private interface Edit {
        ArrayNode apply(ArrayNode rules);
    }

    /** One app's rules of one type, the etcd version they were read at, and when rules of the app expire. */
    public record RuleSet(String app, RuleType type, JsonNode rules, long version, Map<Long, Instant> expiries) {

        public List<Long> ids() {
            List<Long> ids = new ArrayList<>();
            rules.forEach(rule -> ids.add(rule.path("id").asLong(-1)));
            return ids;
        }
    }
}
