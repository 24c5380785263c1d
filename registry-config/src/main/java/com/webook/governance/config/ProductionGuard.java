package com.webook.governance.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.webook.governance.tls.DevelopmentPki;
import com.webook.governance.tls.TlsIdentity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Every app refuses to start unless all its profiles are {@linkplain #DEVELOPMENT_PROFILES local and test
 * ones} while its configuration still holds something only fit for a developer's machine, and says which
 * settings those are, all of them at once:
 * <ul>
 *   <li>a value starting with {@value #DEV_PREFIX} (the convention for every shipped development secret);</li>
 *   <li>a setting the app lists as a secret ({@code webook.guard.secrets}) that is empty or still holds the
 *       value shipped in the app's own {@code application*.yml};</li>
 *   <li>a database user {@code root} or an empty database password;</li>
 *   <li>Redis or etcd without credentials;</li>
 *   <li>the development CA ({@link DevelopmentPki#CA_NAME}) as the CA of RPC connections.</li>
 * </ul>
 */
public class ProductionGuard implements EnvironmentPostProcessor, Ordered {

    public static final String DEV_PREFIX = "dev-only-";
    /**
     * Where development defaults are fine: a developer's machine ({@code local}) and the tests, and
     * profiles named {@code local-*}, {@code it-*} or {@code test-*} beside them.
     */
    public static final List<String> DEVELOPMENT_PROFILES = List.of("local", "it", "test");

    private static final String SHIPPED_CONFIG = "class path resource [application";

    /**
     * Every active profile is a development one (and there is one): {@code prod,local}, or {@code local}
     * beside any profile of a deployment's own, still gets the guard.
     */
    static boolean developmentOnly(String... activeProfiles) {
        return activeProfiles.length > 0 && Arrays.stream(activeProfiles).allMatch(ProductionGuard::isDevelopment);
    }

    private static boolean isDevelopment(String profile) {
        return DEVELOPMENT_PROFILES.contains(profile)
                || DEVELOPMENT_PROFILES.stream().anyMatch(development -> profile.startsWith(development + "-"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (developmentOnly(environment.getActiveProfiles())) {
            return;
        }
        Map<String, String> findings = findings(environment);
        if (!findings.isEmpty()) {
            StringBuilder message = new StringBuilder("Refusing to start outside the local and test profiles "
                    + DEVELOPMENT_PROFILES + ": these settings are only fit for development:");
            findings.forEach((setting, why) -> message.append("\n  - ").append(setting).append(": ").append(why));
            message.append("\nGive each a value of this deployment's own (for example through the environment), or run "
                    + "with --spring.profiles.active=local on a developer's machine.");
            throw new IllegalStateException(message.toString());
        }
    }

    /** Each offending setting and why, in a stable order. */
    static Map<String, String> findings(ConfigurableEnvironment environment) {
        Map<String, String> findings = new LinkedHashMap<>();
        developmentValues(environment, findings);
        shippedSecrets(environment, findings);
        if (isSet(environment, "spring.datasource.url")) {
            if ("root".equalsIgnoreCase(value(environment, "spring.datasource.username"))) {
                findings.putIfAbsent("spring.datasource.username", "the database superuser root; give the app a user of its own");
            }
            if (!isSet(environment, "spring.datasource.password")) {
                findings.putIfAbsent("spring.datasource.password", "empty: a database without a password");
            }
        }
        if (isSet(environment, "spring.data.redis.host") && !isSet(environment, "spring.data.redis.password")
                && !value(environment, "spring.data.redis.url").contains("@")) {
            findings.putIfAbsent("spring.data.redis.password", "empty: Redis without credentials");
        }
        if (!isSet(environment, "webook.etcd.username") || !isSet(environment, "webook.etcd.password")) {
            findings.putIfAbsent("webook.etcd.username/password", "etcd without credentials");
        }
        String ca = value(environment, "webook.tls.ca");
        if (!ca.isEmpty() && developmentCa(Path.of(ca))) {
            findings.putIfAbsent("webook.tls.ca", "the development CA (" + DevelopmentPki.CA_NAME + ")");
        }
        return findings;
    }

    private static void developmentValues(ConfigurableEnvironment environment, Map<String, String> findings) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (value(environment, name).startsWith(DEV_PREFIX)) {
                        findings.putIfAbsent(name, "a development default (" + DEV_PREFIX + "…)");
                    }
                }
            }
        }
    }

    /** The settings an app lists as its secrets must be set, and not to what the app ships with. */
    private static void shippedSecrets(ConfigurableEnvironment environment, Map<String, String> findings) {
        List<String> secrets = Binder.get(environment).bind("webook.guard.secrets", Bindable.listOf(String.class))
                .orElse(List.of());
        for (String secret : secrets) {
            if (!isSet(environment, secret)) {
                findings.putIfAbsent(secret, "not set");
                continue;
            }
            PropertySource<?> winner = environment.getPropertySources().stream()
                    .filter(source -> !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source))
                    .filter(source -> source.containsProperty(secret))
                    .findFirst().orElse(null);
            if (winner != null && winner.getName().contains(SHIPPED_CONFIG)) {
                findings.putIfAbsent(secret, "still the development value the app ships with");
            }
        }
    }

    private static boolean developmentCa(Path ca) {
        if (!Files.isReadable(ca)) {
            return false; // TlsIdentity refuses a missing CA at start-up, with its own message
        }
        try {
            for (X509Certificate authority : new TlsIdentity(ca, null, null).authorities()) {
                if (authority.getSubjectX500Principal().getName().contains("CN=" + DevelopmentPki.CA_NAME)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean isSet(ConfigurableEnvironment environment, String name) {
        return !value(environment, name).isBlank();
    }

    private static String value(ConfigurableEnvironment environment, String name) {
        try {
            String value = environment.getProperty(name);
            return value == null ? "" : value;
        } catch (RuntimeException unresolvable) {
            return "";
        }
    }

    @Override
    public int getOrder() {
        // After the config files, the profiles and GovernanceDefaults, before anything starts.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
