package com.webook.governance.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings every Webook app shares, added with the lowest precedence so that an app's
 * application.yml, the environment ({@code DUBBO_PROTOCOL_PORT}, {@code WEBOOK_ETCD_ENDPOINTS}, ...)
 * and the command line all override them.
 *
 * <p>Registry: etcd in interface register mode, and config center: etcd, so timeouts, weights and override
 * rules change without restarts; both ours (com.webook.governance.etcd), authenticating as
 * {@code webook.etcd.username} with {@code webook.etcd.password}.
 */
public class GovernanceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "webookGovernanceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("webook.etcd.endpoints", "127.0.0.1:2379");
        // Root of this platform's keys in etcd: registry under /<namespace>, config under /<namespace>/config.
        defaults.put("webook.etcd.namespace", "webook");
        // The address every port binds to: HTTP, management and Dubbo (see rpcHost), and the address
        // a provider registers for its callers.
        defaults.put("webook.host", "127.0.0.1");
        String rpcHost = rpcHost(environment.getProperty("webook.host", "127.0.0.1"));
        if (rpcHost != null) {
            defaults.put("dubbo.protocol.host", rpcHost);
        }

        // Mutual TLS on every RPC connection: each app proves who it is with its own certificate, and
        // trusts only peers whose certificate the platform CA issued (see TlsIdentity). A provider then
        // serves only the apps its allow-list names (webook.rpc.callers, see CallerAuthorization).
        defaults.put("webook.tls.ca", "${webook.tls.dir}/ca.crt");
        defaults.put("webook.tls.cert", "${webook.tls.dir}/${spring.application.name}.crt");
        defaults.put("webook.tls.key", "${webook.tls.dir}/${spring.application.name}.key");
        defaults.put("webook.tls.client-cert", "${webook.tls.cert}");
        defaults.put("webook.tls.client-key", "${webook.tls.key}");
        defaults.put("dubbo.ssl.server-key-cert-chain-path", "${webook.tls.cert}");
        defaults.put("dubbo.ssl.server-private-key-path", "${webook.tls.key}");
        defaults.put("dubbo.ssl.server-trust-cert-collection-path", "${webook.tls.ca}");
        defaults.put("dubbo.ssl.client-key-cert-chain-path", "${webook.tls.client-cert}");
        defaults.put("dubbo.ssl.client-private-key-path", "${webook.tls.client-key}");
        defaults.put("dubbo.ssl.client-trust-cert-collection-path", "${webook.tls.ca}");
        defaults.put("dubbo.protocol.ssl-enabled", "true");

        defaults.put("dubbo.application.name", "${spring.application.name}");
        defaults.put("dubbo.application.register-mode", "interface");
        defaults.put("dubbo.application.service-discovery.migration", "FORCE_INTERFACE");
        defaults.put("dubbo.application.qos-enable", "false");
        defaults.put("dubbo.application.enable-file-cache", "${webook.dubbo.file-cache:true}");
        defaults.put("dubbo.application.serialize-check-status", "STRICT");
        // How long a stopping provider keeps serving after it left the registry (LeaveRegistryFirst).
        defaults.put("webook.dubbo.shutdown-wait", "3s");
        // Dubbo's own wait covers that drain and then in-flight calls.
        defaults.put("dubbo.application.shutwait", "15000");

        defaults.put("webook.etcd.username", "");
        defaults.put("webook.etcd.password", "");
        defaults.put("dubbo.registry.address", "etcd://${webook.etcd.endpoints}");
        defaults.put("dubbo.registry.username", "${webook.etcd.username}");
        defaults.put("dubbo.registry.password", "${webook.etcd.password}");
        defaults.put("dubbo.registry.group", "${webook.etcd.namespace}");
        defaults.put("dubbo.registry.use-as-config-center", "false");
        defaults.put("dubbo.registry.use-as-metadata-center", "false");
        defaults.put("dubbo.registry.parameters.file-cache", "${webook.dubbo.file-cache:true}");
        defaults.put("dubbo.config-center.address", "etcd://${webook.etcd.endpoints}");
        defaults.put("dubbo.config-center.username", "${webook.etcd.username}");
        defaults.put("dubbo.config-center.password", "${webook.etcd.password}");
        defaults.put("dubbo.config-center.namespace", "${webook.etcd.namespace}");
        defaults.put("dubbo.config-center.check", "false");

        defaults.put("dubbo.protocol.name", "tri");
        defaults.put("dubbo.protocol.port", "-1");
        defaults.put("server.address", "${webook.host}");

        defaults.put("dubbo.consumer.check", "false");
        defaults.put("dubbo.consumer.timeout", "2000");
        defaults.put("dubbo.provider.timeout", "2000");

        // Redis, which every app uses (sessions and limits, caches, codes): a command that takes longer
        // than the timeout fails, so callers degrade instead of queueing behind a stuck server.
        defaults.put("webook.redis.host", "127.0.0.1");
        defaults.put("webook.redis.port", "6379");
        defaults.put("spring.data.redis.host", "${webook.redis.host}");
        defaults.put("spring.data.redis.port", "${webook.redis.port}");
        defaults.put("spring.data.redis.timeout", "500ms");
        defaults.put("spring.data.redis.connect-timeout", "300ms");
        // Redis: apps with commons-pool2 (the providers) take pipelined commands' dedicated connections
        // from this pool instead of opening one per call; a caller waits at most max-wait for one.
        defaults.put("spring.data.redis.lettuce.pool.max-active", "16");
        defaults.put("spring.data.redis.lettuce.pool.max-idle", "16");
        defaults.put("spring.data.redis.lettuce.pool.min-idle", "2");
        defaults.put("spring.data.redis.lettuce.pool.max-wait", "300ms");

        // Tracing: every request has a trace (its id in every log line, in X-Trace-Id and on every RPC),
        // and a share of them is sampled, i.e. its spans are recorded for export. Recording every span cost
        // 10-30 us per RPC in bench/rpc and no exporter is configured yet; raise the share where one is.
        defaults.put("webook.tracing.sampling", "0.1");
        defaults.put("dubbo.tracing.enabled", "true");
        defaults.put("dubbo.tracing.sampling.probability", "${webook.tracing.sampling}");

        // Sentinel (com.webook.governance.sentinel): rules from etcd, its command API on this host only (a
        // free port unless set; the heartbeat reports it), and heartbeats to the governance console when one
        // is named (host:port, several comma-separated).
        defaults.put("webook.sentinel.enabled", "true");
        defaults.put("webook.sentinel.command.address", "${webook.host}");
        defaults.put("webook.sentinel.command.port", "0");
        defaults.put("webook.sentinel.console", "");
        defaults.put("webook.sentinel.heartbeat-interval", "5s");

        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "always");
        defaults.put("management.metrics.tags.application", "${spring.application.name}");
        defaults.put("management.tracing.sampling.probability", "${webook.tracing.sampling}");
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        defaults.put("logging.structured.format.console", "${webook.log.console-format:ecs}");
        defaults.put("logging.structured.format.file", "ecs");

        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    /**
     * The host Dubbo binds and registers for {@code webook.host}. Dubbo takes any 127.x address (and
     * {@code localhost}) to mean "no address configured": it would bind every interface and register
     * another address of the machine. The IPv4-mapped IPv6 form of the same loopback address passes
     * that check (in brackets, as URLs write IPv6 addresses and Dubbo validates hosts), and Java resolves it
     * to the IPv4 address itself, so the port binds loopback only.
     * An unspecified address (0.0.0.0, ::) leaves the choice to Dubbo: every interface.
     */
    static String rpcHost(String host) {
        if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("*")) {
            return null;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return "[::ffff:127.0.0.1]";
        }
        if (host.startsWith("127.")) {
            return "[::ffff:" + host + "]";
        }
        return host;
    }

    @Override
    public int getOrder() {
        // Before ProductionGuard, which must see these defaults too.
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
