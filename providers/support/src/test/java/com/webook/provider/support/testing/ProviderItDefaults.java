package com.webook.provider.support.testing;

import java.util.List;

import com.webook.provider.support.config.ProviderDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;

/**
 * Test kit: in the {@code it} profile, adds {@code webook/provider-it-defaults.yml} just above the
 * provider's own {@code application.yml}: the test settings win over the app's (its fixed ports above all,
 * so the tests can run beside a local platform), and a provider's {@code application-it.yml}, above both,
 * holds only what is its own. Registered in the test kit's {@code META-INF/spring.factories}, so it exists
 * only on a test class path.
 */
public class ProviderItDefaults implements EnvironmentPostProcessor, Ordered {

    static final String FILE = "webook/provider-it-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("it"))) {
            return;
        }
        MutablePropertySources sources = environment.getPropertySources();
        String appConfig = sources.stream().map(PropertySource::getName)
                .filter(name -> name.contains("[application.yml]") || name.contains("[application.properties]"))
                .findFirst().orElse(null);
        List<PropertySource<?>> defaults = ProviderDefaults.load(FILE);
        for (PropertySource<?> source : defaults) {
            if (appConfig == null) {
                sources.addLast(source);
            } else {
                sources.addBefore(appConfig, source);
            }
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot has loaded the config files (the config data post-processor runs first).
        return Ordered.LOWEST_PRECEDENCE - 3;
    }
}
