package com.webook.governance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.webook.governance.tls.DevelopmentPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionGuardTest {

    /** How Spring Boot names the property source of an app's own application.yml. */
    private static final String SHIPPED =
            "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'";

    @TempDir
    Path tls;

    private final ProductionGuard guard = new ProductionGuard();

    /** A production configuration with nothing to object to; each test spoils one thing. */
    private static Map<String, Object> sound() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", "jdbc:mysql://db/webook_user");
        settings.put("spring.datasource.username", "webook_user");
        settings.put("spring.datasource.password", "from-the-vault");
        settings.put("spring.data.redis.host", "redis");
        settings.put("spring.data.redis.password", "from-the-vault");
        settings.put("webook.etcd.username", "webook-app");
        settings.put("webook.etcd.password", "from-the-vault");
        settings.put("webook.jwt-secret", "from-the-vault");
        return settings;
    }

    private static StandardEnvironment environment(Map<String, Object> deployment, Map<String, Object> shipped,
                                                   String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        // Only what the test gives: not this JVM's system properties, not the machine's environment.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("deployment", deployment));
        environment.getPropertySources().addLast(new MapPropertySource(SHIPPED, shipped));
        environment.setActiveProfiles(profiles);
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    @Test
    void aSoundProductionConfigurationStarts() {
        assertThatCode(() -> guard.postProcessEnvironment(environment(sound(), Map.of()), new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryOffendingSettingAtOnce() {
        Map<String, Object> settings = sound();
        settings.put("spring.datasource.username", "root");
        settings.remove("spring.datasource.password");
        settings.remove("spring.data.redis.password");
        settings.remove("webook.etcd.password");
        settings.put("sa-token.jwt-secret-key", "dev-only-jwt-key");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment(settings, Map.of(), "prod"),
                new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.datasource.username: the database superuser root")
                .hasMessageContaining("spring.datasource.password: empty")
                .hasMessageContaining("spring.data.redis.password: empty: Redis without credentials")
                .hasMessageContaining("webook.etcd.username/password: etcd without credentials")
                .hasMessageContaining("sa-token.jwt-secret-key: a development default")
                .hasMessageNotContaining("webook.jwt-secret");
    }

    @Test
    void aDevelopmentDefaultReachedThroughAPlaceholderIsFound() {
        Map<String, Object> settings = sound();
        settings.put("webook.jwt.secret", "${JWT_SECRET_FROM_ENV:dev-only-jwt-key}");

        assertThat(ProductionGuard.findings(environment(settings, Map.of()))).containsKey("webook.jwt.secret");
    }

    @Test
    void aListedSecretMustBeSetAndNotToWhatTheAppShipsWith() {
        Map<String, Object> shipped = Map.of(
                "webook.guard.secrets", "webook.code.sms.template-token,webook.wechat.app-id,webook.wechat.app-secret",
                "webook.code.sms.template-token", "v1.shipped.token",
                "webook.wechat.app-id", "wx0000000000000000");
        Map<String, Object> settings = sound();
        settings.put("webook.wechat.app-id", "wx1234567890abcdef");

        assertThat(ProductionGuard.findings(environment(settings, shipped)))
                .containsEntry("webook.code.sms.template-token", "still the development value the app ships with")
                .containsEntry("webook.wechat.app-secret", "not set")
                .doesNotContainKey("webook.wechat.app-id");
    }

    @Test
    void theDevelopmentCaIsRefused() {
        DevelopmentPki.ensure(tls, List.of("webook-user"));
        Map<String, Object> settings = sound();
        settings.put("webook.tls.ca", tls.resolve("ca.crt").toString());

        assertThat(ProductionGuard.findings(environment(settings, Map.of())))
                .containsEntry("webook.tls.ca", "the development CA (" + DevelopmentPki.CA_NAME + ")");
    }

    @Test
    void theLocalAndTestProfilesStartWithDevelopmentDefaults() {
        Map<String, Object> settings = Map.of("spring.datasource.url", "jdbc:mysql://127.0.0.1/webook_user",
                "spring.datasource.username", "root", "sa-token.jwt-secret-key", "dev-only-jwt-key");

        for (String profile : List.of("local", "it", "test")) {
            assertThatCode(() -> guard.postProcessEnvironment(environment(settings, Map.of(), profile),
                    new SpringApplication()))
                    .as(profile).doesNotThrowAnyException();
        }
    }

    @Test
    void aDevelopmentProfileBesideAnyOtherDoesNotSwitchTheGuardOff() {
        Map<String, Object> settings = Map.of("spring.datasource.url", "jdbc:mysql://127.0.0.1/webook_user",
                "spring.datasource.username", "root", "sa-token.jwt-secret-key", "dev-only-jwt-key");

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment(settings, Map.of(), "prod", "local"),
                new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.datasource.username");
        assertThat(ProductionGuard.developmentOnly("it", "it-probe")).isTrue();
        assertThat(ProductionGuard.developmentOnly("local", "local-kafka")).isTrue();
        assertThat(ProductionGuard.developmentOnly("staging", "test")).isFalse();
        assertThat(ProductionGuard.developmentOnly("local", "eu-west")).as("a profile of a deployment's own").isFalse();
        assertThat(ProductionGuard.developmentOnly("localhost")).isFalse();
        assertThat(ProductionGuard.developmentOnly()).isFalse();
    }
}
