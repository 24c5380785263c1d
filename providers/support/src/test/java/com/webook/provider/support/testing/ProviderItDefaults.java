package com.webook.provider.support.testing;

import com.webook.provider.support.config.ProviderDefaults;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Test kit: in the {@code it} profile, adds {@code webook/provider-it-defaults.yml} with the lowest
 * precedence, so a provider's {@code application-it.yml} holds only what is its own. Registered in the
 * test kit's {@code META-INF/spring.factories}, so it exists only on a test class path.
 */
public class ProviderItDefaults implements EnvironmentPostProcessor, Ordered {

    static final String FILE = "webook/provider-it-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("it"))) {
            return;
        }
        ProviderDefaults.addLast(environment, FILE);
    }

    @Override
    public int getOrder() {
        // Before the provider defaults (LOWEST_PRECEDENCE - 2) add theirs after it: these win over those.
        return Ordered.LOWEST_PRECEDENCE - 3;
    }
}
