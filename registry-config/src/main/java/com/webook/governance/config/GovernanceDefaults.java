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
 * <p>Registry: etcd in interface register mode (the etcd3 extension's instance mode does not work).
 * Config center: etcd, so timeouts, weights and override rules change without restarts.
 */
public class GovernanceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "webookGovernanceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("webook.etcd.endpoints", "127.0.0.1:2379");
        // Root of this platform's keys in etcd: registry under /<namespace>, config under /<namespace>/config.
        defaults.put("webook.etcd.namespace", "webook");
        // The address the HTTP and management ports bind to. Dubbo refuses loopback: its port binds
        // every interface and registers this host's address (DUBBO_IP_TO_REGISTRY overrides it).
        defaults.put("webook.host", "127.0.0.1");
        defaults.put("webook.platform.credential-secret", DevelopmentSecretGuard.DEV_PREFIX + "platform-credential");

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

        defaults.put("dubbo.registry.address", "etcd3://${webook.etcd.endpoints}");
        defaults.put("dubbo.registry.group", "${webook.etcd.namespace}");
        defaults.put("dubbo.registry.use-as-config-center", "false");
        defaults.put("dubbo.registry.use-as-metadata-center", "false");
        defaults.put("dubbo.registry.parameters.file-cache", "${webook.dubbo.file-cache:true}");
        defaults.put("dubbo.config-center.address", "etcd://${webook.etcd.endpoints}");
        defaults.put("dubbo.config-center.namespace", "${webook.etcd.namespace}");
        defaults.put("dubbo.config-center.check", "false");

        defaults.put("dubbo.protocol.name", "tri");
        defaults.put("dubbo.protocol.port", "-1");
        defaults.put("server.address", "${webook.host}");

        defaults.put("dubbo.consumer.check", "false");
        defaults.put("dubbo.consumer.timeout", "2000");
        defaults.put("dubbo.provider.timeout", "2000");

        // Redis: apps with commons-pool2 (the providers) take pipelined commands' dedicated connections
        // from this pool instead of opening one per call; a caller waits at most max-wait for one.
        defaults.put("spring.data.redis.lettuce.pool.max-active", "16");
        defaults.put("spring.data.redis.lettuce.pool.max-idle", "16");
        defaults.put("spring.data.redis.lettuce.pool.min-idle", "2");
        defaults.put("spring.data.redis.lettuce.pool.max-wait", "300ms");

        defaults.put("dubbo.tracing.enabled", "true");
        defaults.put("dubbo.tracing.sampling.probability", "1.0");

        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-details", "always");
        defaults.put("management.metrics.tags.application", "${spring.application.name}");
        defaults.put("management.tracing.sampling.probability", "1.0");
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        defaults.put("logging.structured.format.console", "${webook.log.console-format:ecs}");
        defaults.put("logging.structured.format.file", "ecs");

        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    @Override
    public int getOrder() {
        // Before DevelopmentSecretGuard, which must see these defaults too.
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
