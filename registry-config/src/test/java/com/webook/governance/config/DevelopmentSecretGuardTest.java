package com.webook.governance.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DevelopmentSecretGuardTest {

    private final DevelopmentSecretGuard guard = new DevelopmentSecretGuard();

    private static StandardEnvironment environment(String profile, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        if (profile != null) {
            environment.setActiveProfiles(profile);
        }
        return environment;
    }

    @Test
    void productionRefusesADevelopmentDefaultAndNamesIt() {
        StandardEnvironment environment = environment("prod", Map.of(
                "sa-token.jwt-secret-key", "dev-only-jwt-key",
                "webook.platform.credential-secret", "a-real-secret-from-the-vault"));

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sa-token.jwt-secret-key")
                .hasMessageNotContaining("webook.platform.credential-secret");
    }

    @Test
    void productionRefusesADefaultReachedThroughAPlaceholder() {
        StandardEnvironment environment = environment("prod", Map.of(
                "webook.jwt.secret", "${JWT_SECRET_FROM_ENV:dev-only-jwt-key}"));

        assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("webook.jwt.secret");
    }

    @Test
    void productionStartsWithRealSecrets() {
        StandardEnvironment environment = environment("prod", Map.of("sa-token.jwt-secret-key", "from-the-vault"));

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void developmentStartsWithDevelopmentDefaults() {
        StandardEnvironment environment = environment(null, Map.of("sa-token.jwt-secret-key", "dev-only-jwt-key"));

        assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
        assertThat(environment.getProperty("sa-token.jwt-secret-key")).isEqualTo("dev-only-jwt-key");
    }
}
