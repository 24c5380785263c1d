package com.webook.provider.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Where the kit's IT defaults sit among a provider's own settings. */
class ProviderItDefaultsTest {

    private static final String APP_YML = "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'";
    private static final String APP_IT_YML = "Config resource 'class path resource [application-it.yml]' via location 'optional:classpath:/'";

    @Test
    void theyWinOverTheAppsFixedPortsSoTestsRunBesideALocalPlatform() {
        MockEnvironment environment = itEnvironment();

        new ProviderItDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("dubbo.protocol.port")).isEqualTo("-1");
        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("webook.etcd.namespace")).isEqualTo("webook-it");
    }

    @Test
    void theModulesOwnItSettingsWinOverThem() {
        MockEnvironment environment = itEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource(APP_IT_YML, Map.of("dubbo.protocol.port", "30000")));

        new ProviderItDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("dubbo.protocol.port")).isEqualTo("30000");
    }

    @Test
    void outsideTheItProfileNothingIsAdded() {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource(APP_YML, Map.of("dubbo.protocol.port", "20885")));

        new ProviderItDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("dubbo.protocol.port")).isEqualTo("20885");
    }

    private static MockEnvironment itEnvironment() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("it");
        environment.getPropertySources().addLast(new MapPropertySource(APP_YML,
                Map.of("dubbo.protocol.port", "20885", "server.port", "8185")));
        return environment;
    }
}
