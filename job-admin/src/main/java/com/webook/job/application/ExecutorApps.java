package com.webook.job.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The executor apps job-admin serves, from configuration: each has its own access token (XXL-Job's
 * {@code accessToken}, sent both ways as {@code XXL-JOB-ACCESS-TOKEN}) and the networks its instances may
 * register from. An app that is not configured cannot register; a token opens only its own app.
 */
public final class ExecutorApps {

    public record Access(String app, String title, String token, List<Predicate<InetAddress>> networks) {
        @Override
        public String toString() {
            return "Access[" + app + "]";
        }
    }

    private final Map<String, Access> apps;

    public ExecutorApps(List<Access> apps) {
        Map<String, Access> byName = new LinkedHashMap<>();
        apps.forEach(access -> byName.put(access.app(), access));
        this.apps = Map.copyOf(byName);
    }

    public List<Access> all() {
        return List.copyOf(apps.values());
    }

    public Optional<Access> named(String app) {
        return Optional.ofNullable(app == null ? null : apps.get(app));
    }

    /** The app whose token this is (compared in constant time with every app's). */
    public Optional<Access> byToken(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        Access found = null;
        for (Access access : apps.values()) {
            if (sameToken(access.token(), presented)) {
                found = access;
            }
        }
        return Optional.ofNullable(found);
    }

    static boolean sameToken(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Why {@code address} (an executor's {@code http://host:port/}) may not register for the app, or empty
     * when it may: an http(s) URL whose host is in one of the app's networks.
     */
    public Optional<String> refusal(Access access, String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            return Optional.of("not an address: expected http://host:port/");
        }
        if (uri.getHost() == null || uri.getPort() < 1 || !("http".equals(uri.getScheme())
                || "https".equals(uri.getScheme())) || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
            return Optional.of("not an address: expected http://host:port/");
        }
        InetAddress host;
        try {
            host = InetAddress.getByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + uri.getHost());
        }
        if (access.networks().stream().noneMatch(network -> network.test(host))) {
            return Optional.of(host.getHostAddress() + " is outside the networks allowed for " + access.app());
        }
        return Optional.empty();
    }
}
