package com.webook.job.infrastructure.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.webook.job.application.ExecutorApps;
import org.springframework.core.env.Environment;

/**
 * What job-admin refuses to start with. Always: an app without a token (a stock executor with a blank
 * token accepts anyone's runs). Outside the local and test profiles also: XXL-Job's {@code default_token},
 * a {@code dev-only-} value, or a token shorter than {@value #MIN_TOKEN} characters; and a first admin
 * password shorter than {@value #MIN_PASSWORD}.
 */
public final class StartupChecks {

    static final int MIN_TOKEN = 24;
    static final int MIN_PASSWORD = 12;
    static final List<String> DEVELOPMENT_PROFILES = List.of("local", "it", "test");
    /** Where executors may register from unless an app names its own networks: loopback and private. */
    static final List<String> DEFAULT_NETWORKS = List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "fc00::/7");

    private StartupChecks() {
    }

    static boolean development(Environment environment) {
        String[] profiles = environment.getActiveProfiles();
        return profiles.length > 0 && Arrays.stream(profiles).allMatch(profile -> DEVELOPMENT_PROFILES.contains(profile)
                || DEVELOPMENT_PROFILES.stream().anyMatch(d -> profile.startsWith(d + "-")));
    }

    public static void executorApps(List<ExecutorApps.Access> apps, Environment environment) {
        boolean development = development(environment);
        List<String> problems = new ArrayList<>();
        for (ExecutorApps.Access app : apps) {
            String token = app.token() == null ? "" : app.token().trim();
            String setting = "webook.job.apps." + app.app() + ".token";
            if (token.isEmpty()) {
                problems.add(setting + " is blank: every app needs a token of its own");
            } else if (!development && (token.equals("default_token") || token.startsWith("dev-only-")
                    || token.length() < MIN_TOKEN)) {
                problems.add(setting + " is a development or default value, or shorter than " + MIN_TOKEN
                        + " characters");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("job-admin refuses to start:\n  - " + String.join("\n  - ", problems));
        }
    }

    public static void bootstrapPassword(String password, Environment environment) {
        if (!development(environment) && !password.isEmpty()
                && (password.length() < MIN_PASSWORD || password.startsWith("dev-only-"))) {
            throw new IllegalStateException("job-admin refuses to start: webook.job.bootstrap.password must be at least "
                    + MIN_PASSWORD + " characters and not a development value");
        }
    }
}
