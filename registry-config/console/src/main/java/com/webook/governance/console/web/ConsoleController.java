package com.webook.governance.console.web;

import com.webook.console.kit.Envelope;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.webook.governance.console.application.ManagingRules;
import com.webook.governance.console.application.MetricStore;
import com.webook.governance.console.application.Rejected;
import com.webook.governance.console.application.RuleHistory;
import com.webook.governance.console.application.RuleStore;
import com.webook.governance.console.application.Services;
import com.webook.governance.console.application.WatchingInstances;
import com.webook.governance.sentinel.RuleType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The console's REST API: what the browser console does, scripts can do with the same calls. */
@RestController
@RequestMapping("/api/v1")
class ConsoleController {

    /** Sentinel's own gauges (load and CPU, scaled into the "pass" column): not calls, so not listed. */
    private static final java.util.Set<String> SYSTEM_GAUGES = java.util.Set.of("__system_load__", "__cpu_usage__");

    private final ManagingRules rules;
    private final WatchingInstances watching;
    private final RuleStore store;
    private final RuleHistory history;
    private final MetricStore metrics;
    private final Services services;
    private final Clock clock;

    ConsoleController(ManagingRules rules, WatchingInstances watching, RuleStore store, RuleHistory history,
                      MetricStore metrics, Services services, Clock clock) {
        this.services = services;
        this.rules = rules;
        this.watching = watching;
        this.store = store;
        this.history = history;
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping("/csrf")
    Envelope<Map<String, String>> csrf(CsrfToken token) {
        return Envelope.ok(Map.of("header", token.getHeaderName(), "token", token.getToken()));
    }

    @GetMapping("/me")
    Envelope<Map<String, String>> me(Authentication auth) {
        return Envelope.ok(Map.of("username", auth.getName()));
    }

    /** Every app the console knows: by heartbeat, or by rules in etcd; with its instances and their status. */
    @GetMapping("/apps")
    Envelope<List<AppView>> apps() {
        Map<String, List<WatchingInstances.Instance>> byApp = new TreeMap<>();
        for (WatchingInstances.Instance instance : watching.instances()) {
            byApp.computeIfAbsent(instance.machine().app(), app -> new ArrayList<>()).add(instance);
        }
        TreeSet<String> names = new TreeSet<>(byApp.keySet());
        names.addAll(store.apps());
        List<AppView> apps = new ArrayList<>();
        for (String name : names) {
            List<WatchingInstances.Instance> instances = byApp.getOrDefault(name, List.of());
            long live = instances.stream().filter(WatchingInstances.Instance::live).count();
            long drifted = instances.stream().filter(i -> i.live() && i.rules().values().stream()
                    .anyMatch(sync -> sync.state() == WatchingInstances.State.DRIFTED)).count();
            apps.add(new AppView(name, instances, live, drifted));
        }
        return Envelope.ok(apps);
    }

    record AppView(String app, List<WatchingInstances.Instance> instances, long live, long drifted) {
    }

    /** The Dubbo services in the registry: providers (address, weight, timeout), consumers, override rule. */
    @GetMapping("/services")
    Envelope<List<Services.Service>> services() {
        return Envelope.ok(services.all());
    }

    @PostMapping("/apps/{app}/instances/{ip}/{port}/resync")
    Envelope<Map<String, Integer>> resync(@PathVariable String app, @PathVariable String ip, @PathVariable int port,
                                          Authentication auth) {
        return Envelope.ok(Map.of("typesLoaded", watching.resync(app, ip, port, auth.getName())));
    }

    @GetMapping("/apps/{app}/rules/{type}")
    Envelope<ManagingRules.RuleSet> rules(@PathVariable String app, @PathVariable String type) {
        return Envelope.ok(rules.rules(app, type(type)));
    }

    /** A new rule: {@code {"rule": {...}, "expiresInSeconds": 1800}} (the expiry is optional). */
    @PostMapping("/apps/{app}/rules/{type}")
    Envelope<Map<String, Long>> create(@PathVariable String app, @PathVariable String type, @RequestBody JsonNode body,
                                       Authentication auth) {
        JsonNode expires = body.path("expiresInSeconds");
        Duration expiresIn = expires.isMissingNode() || expires.isNull() ? null : Duration.ofSeconds(expires.asLong(0));
        return Envelope.ok(Map.of("id", rules.create(app, type(type), body.path("rule"), expiresIn, auth.getName())));
    }

    @PutMapping("/apps/{app}/rules/{type}/{id}")
    Envelope<Void> update(@PathVariable String app, @PathVariable String type, @PathVariable long id,
                          @RequestBody JsonNode body, Authentication auth) {
        rules.update(app, type(type), id, body.path("rule"), auth.getName());
        return Envelope.ok(null);
    }

    @DeleteMapping("/apps/{app}/rules/{type}/{id}")
    Envelope<Void> delete(@PathVariable String app, @PathVariable String type, @PathVariable long id,
                          Authentication auth) {
        rules.delete(app, type(type), id, auth.getName());
        return Envelope.ok(null);
    }

    @GetMapping("/apps/{app}/rules/{type}/history")
    Envelope<List<RuleHistory.Version>> history(@PathVariable String app, @PathVariable String type,
                                                @RequestParam(defaultValue = "50") int limit) {
        return Envelope.ok(rules.history(app, type(type), limit));
    }

    @PostMapping("/versions/{id}/rollback")
    Envelope<Void> rollBack(@PathVariable long id, Authentication auth) {
        rules.rollBack(id, auth.getName());
        return Envelope.ok(null);
    }

    @GetMapping("/audit")
    Envelope<List<RuleHistory.AuditEntry>> audit(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw Rejected.invalid("limit must be 1 to 500");
        }
        return Envelope.ok(history.audit(limit));
    }

    /**
     * The app's resources over the last {@code minutes} (1 to 120): per resource, its seconds (sums over the
     * instances) and totals.
     */
    @GetMapping("/apps/{app}/metrics")
    Envelope<List<ResourceMetrics>> metrics(@PathVariable String app, @RequestParam(defaultValue = "5") int minutes) {
        if (minutes < 1 || minutes > 120) {
            throw Rejected.invalid("minutes must be 1 to 120");
        }
        long from = clock.millis() - minutes * 60_000L;
        Map<String, ResourceMetrics> byResource = new LinkedHashMap<>();
        for (MetricStore.Point point : metrics.since(app, from)) {
            if (!SYSTEM_GAUGES.contains(point.resource())) {
                byResource.computeIfAbsent(point.resource(), ResourceMetrics::new).add(point);
            }
        }
        List<ResourceMetrics> list = new ArrayList<>(byResource.values());
        list.sort((a, b) -> Long.compare(b.pass + b.block, a.pass + a.block));
        return Envelope.ok(list);
    }

    /** One resource's seconds and sums; the average RT is over successful calls. */
    static final class ResourceMetrics {

        public final String resource;
        public final List<long[]> seconds = new ArrayList<>();
        public long pass;
        public long block;
        public long exception;
        private long success;
        private long rtTotal;

        ResourceMetrics(String resource) {
            this.resource = resource;
        }

        void add(MetricStore.Point point) {
            seconds.add(new long[] {point.timestamp(), point.pass(), point.block(), point.exception(),
                    point.success() == 0 ? 0 : point.rtTotal() / point.success()});
            pass += point.pass();
            block += point.block();
            exception += point.exception();
            success += point.success();
            rtTotal += point.rtTotal();
        }

        public long getAverageRt() {
            return success == 0 ? 0 : rtTotal / success;
        }
    }

    private static RuleType type(String key) {
        RuleType type = RuleType.ofKey(key);
        if (type == null) {
            throw Rejected.invalid("rule type must be one of flow, degrade, param-flow, system, authority");
        }
        return type;
    }
}
