package com.webook.governance.sentinel;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.alibaba.csp.sentinel.adapter.dubbo3.config.DubboAdapterGlobalConfig;
import com.alibaba.csp.sentinel.config.SentinelConfig;
import com.alibaba.csp.sentinel.transport.config.TransportConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Hands the app's {@code webook.sentinel.*} settings to Sentinel, which reads its configuration from JVM
 * system properties when its classes load (some of them before any Spring bean exists: the Dubbo filters).
 * A property already set on the command line ({@code -Dcsp.sentinel...}) is left as it is. Sentinel is one
 * per JVM: the first app of a JVM names it.
 */
public class SentinelSystemProperties implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("webook.sentinel.enabled", Boolean.class, true)) {
            return;
        }
        settings(environment).forEach(SentinelSystemProperties::setIfAbsent);
    }

    /** Sentinel's configuration for these settings. */
    static Map<String, String> settings(ConfigurableEnvironment environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        String app = environment.getProperty("spring.application.name");
        if (app != null && !app.isBlank()) {
            settings.put(SentinelConfig.APP_NAME_PROP_KEY, app);
        }
        settings.put(OneAddressCommandCenter.ADDRESS, environment.getProperty("webook.sentinel.command.address", "127.0.0.1"));
        settings.put(TransportConfig.SERVER_PORT, environment.getProperty("webook.sentinel.command.port", "0"));
        // The address the console is told to reach the command API at: the one it listens on.
        settings.put(TransportConfig.HEARTBEAT_CLIENT_IP, settings.get(OneAddressCommandCenter.ADDRESS));
        String console = environment.getProperty("webook.sentinel.console", "");
        if (!console.isBlank()) {
            settings.put(TransportConfig.CONSOLE_SERVER, console);
        }
        Duration heartbeat = DurationStyle.detectAndParse(environment.getProperty("webook.sentinel.heartbeat-interval", "5s"));
        settings.put(TransportConfig.HEARTBEAT_INTERVAL_MS, Long.toString(heartbeat.toMillis()));
        // Resource names say which side of a Dubbo call they guard: dubbo:provider:<interface>:<method>(...).
        settings.put(DubboAdapterGlobalConfig.DUBBO_RES_NAME_WITH_PREFIX_KEY, "true");
        // Two instances of one app on a machine write metric files of their own.
        settings.put("csp.sentinel.log.use.pid", "true");
        String logDir = environment.getProperty("webook.sentinel.log-dir", "");
        if (!logDir.isBlank()) {
            settings.put("csp.sentinel.log.dir", logDir);
        }
        return settings;
    }

    /**
     * Sets the system property unless the command line did, and tells Sentinel's configuration too, which
     * copied the system properties when it loaded (in a JVM where Sentinel was used before, as in tests).
     */
    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
        SentinelConfig.setConfig(key, System.getProperty(key));
    }

    @Override
    public int getOrder() {
        // After GovernanceDefaults, whose defaults it reads.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
