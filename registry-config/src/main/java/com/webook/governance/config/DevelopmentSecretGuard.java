package com.webook.governance.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start the production profile while any setting still holds a development default.
 *
 * <p>The convention: every secret that ships with a default for local use (JWT signing key,
 * platform credential, vendor keys) has a default value starting with {@value #DEV_PREFIX}. In the
 * {@value #PRODUCTION_PROFILE} profile, such a value anywhere in the resolved configuration stops the
 * app before it opens a port.
 */
public class DevelopmentSecretGuard implements EnvironmentPostProcessor, Ordered {

    public static final String DEV_PREFIX = "dev-only-";
    public static final String PRODUCTION_PROFILE = "prod";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles(PRODUCTION_PROFILE)) {
            return;
        }
        List<String> offending = new ArrayList<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String resolved = resolve(environment, name);
                    if (resolved != null && resolved.startsWith(DEV_PREFIX) && !offending.contains(name)) {
                        offending.add(name);
                    }
                }
            }
        }
        if (!offending.isEmpty()) {
            throw new IllegalStateException("Refusing to start with profile '" + PRODUCTION_PROFILE
                    + "': these settings still hold development defaults: " + offending
                    + ". Give each a secret of its own (for example through the environment).");
        }
    }

    private static String resolve(ConfigurableEnvironment environment, String name) {
        try {
            return environment.getProperty(name);
        } catch (RuntimeException unresolvable) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        // After the config files and profiles are loaded, before anything starts.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
