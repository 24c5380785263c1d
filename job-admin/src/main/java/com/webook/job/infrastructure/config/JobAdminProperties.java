package com.webook.job.infrastructure.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** job-admin's settings ({@code webook.job.*}); see application.yml for what each means. */
@ConfigurationProperties("webook.job")
public class JobAdminProperties {

    private int partitions = 64;
    private Duration lease = Duration.ofSeconds(6);
    private Duration tick = Duration.ofMillis(200);
    private Duration sweepEvery = Duration.ofSeconds(5);
    private ZoneId zone = ZoneId.of("UTC");
    private String nodeAddress = "";
    private int senders = 16;
    private Duration executorConnectTimeout = Duration.ofSeconds(1);
    private Duration executorTimeout = Duration.ofSeconds(3);
    private Map<String, App> apps = new LinkedHashMap<>();
    private Bootstrap bootstrap = new Bootstrap();
    private AlarmSettings alarms = new AlarmSettings();
    private Duration retention = Duration.ofDays(30);

    public Duration getRetention() {
        return retention;
    }

    public void setRetention(Duration retention) {
        this.retention = retention;
    }

    /** Where alarms go, and when a late send is worth one. */
    public static class AlarmSettings {
        private Duration lateThreshold = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(5);
        private List<WebhookSettings> webhooks = List.of();

        public Duration getLateThreshold() {
            return lateThreshold;
        }

        public void setLateThreshold(Duration lateThreshold) {
            this.lateThreshold = lateThreshold;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public List<WebhookSettings> getWebhooks() {
            return webhooks;
        }

        public void setWebhooks(List<WebhookSettings> webhooks) {
            this.webhooks = webhooks;
        }
    }

    public static class WebhookSettings {
        private String url = "";
        private String format = "GENERIC";
        private List<String> apps = List.of();

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        public List<String> getApps() {
            return apps;
        }

        public void setApps(List<String> apps) {
            this.apps = apps;
        }
    }

    public AlarmSettings getAlarms() {
        return alarms;
    }

    public void setAlarms(AlarmSettings alarms) {
        this.alarms = alarms;
    }

    public static class App {
        private String title = "";
        private String token = "";
        private List<String> networks = List.of();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public List<String> getNetworks() {
            return networks;
        }

        public void setNetworks(List<String> networks) {
            this.networks = networks;
        }
    }

    /** The first admin, created when there are no users yet: no default password. */
    public static class Bootstrap {
        private String username = "admin";
        private String password = "";

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public int getPartitions() {
        return partitions;
    }

    public void setPartitions(int partitions) {
        this.partitions = partitions;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getTick() {
        return tick;
    }

    public void setTick(Duration tick) {
        this.tick = tick;
    }

    public Duration getSweepEvery() {
        return sweepEvery;
    }

    public void setSweepEvery(Duration sweepEvery) {
        this.sweepEvery = sweepEvery;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public String getNodeAddress() {
        return nodeAddress;
    }

    public void setNodeAddress(String nodeAddress) {
        this.nodeAddress = nodeAddress;
    }

    public int getSenders() {
        return senders;
    }

    public void setSenders(int senders) {
        this.senders = senders;
    }

    public Duration getExecutorConnectTimeout() {
        return executorConnectTimeout;
    }

    public void setExecutorConnectTimeout(Duration executorConnectTimeout) {
        this.executorConnectTimeout = executorConnectTimeout;
    }

    public Duration getExecutorTimeout() {
        return executorTimeout;
    }

    public void setExecutorTimeout(Duration executorTimeout) {
        this.executorTimeout = executorTimeout;
    }

    public Map<String, App> getApps() {
        return apps;
    }

    public void setApps(Map<String, App> apps) {
        this.apps = apps;
    }

    public Bootstrap getBootstrap() {
        return bootstrap;
    }

    public void setBootstrap(Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }
}
