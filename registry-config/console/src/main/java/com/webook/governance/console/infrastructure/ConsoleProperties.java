package com.webook.governance.console.infrastructure;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's settings ({@code webook.governance.*}).
 *
 * @param namespace          the platform's root in etcd (the apps' {@code webook.etcd.namespace})
 * @param heartbeatNetworks  where heartbeats may come from besides their own address: CIDR ranges whose
 *                           addresses a heartbeat may name (e.g. a NAT's inside); empty: only its own source
 * @param live               an instance is live while its last heartbeat is this recent
 * @param forget             instances not heard from this long are dropped from the list
 * @param poll               how often each live instance's rules and metrics are read
 * @param keepMetrics        how long per-second metrics are kept (in MySQL, so across restarts)
 * @param commandTimeout     how long a call of an instance's command API may take
 * @param bootstrap          the first operator, created when there are no users, with a password that has
 *                           no default ({@code WEBOOK_GOVERNANCE_BOOTSTRAP_PASSWORD})
 */
@ConfigurationProperties("webook.governance")
public record ConsoleProperties(String namespace, List<String> heartbeatNetworks, Duration live, Duration forget,
                                Duration poll, Duration keepMetrics, Duration commandTimeout, Bootstrap bootstrap) {

    public ConsoleProperties {
        namespace = namespace == null || namespace.isBlank() ? "webook" : namespace;
        heartbeatNetworks = heartbeatNetworks == null ? List.of() : List.copyOf(heartbeatNetworks);
        live = live == null ? Duration.ofSeconds(30) : live;
        forget = forget == null ? Duration.ofMinutes(10) : forget;
        poll = poll == null ? Duration.ofSeconds(3) : poll;
        keepMetrics = keepMetrics == null ? Duration.ofHours(2) : keepMetrics;
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(2) : commandTimeout;
        bootstrap = bootstrap == null ? new Bootstrap(null, null) : bootstrap;
    }

    public record Bootstrap(String username, String password) {

        public Bootstrap {
            username = username == null || username.isBlank() ? "admin" : username;
            password = password == null ? "" : password;
        }
    }
}
