package com.webook.provider.support.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProviderDefaultsTest {

    @Test
    void everyProviderGetsTheSharedDefaultsAndItsOwnSettingsWin() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("webook.context", "sample", "spring.datasource.hikari.maximum-pool-size", "10")));

        new ProviderDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("dubbo.provider.filter")).isEqualTo("-exception");
        assertThat(environment.getProperty("spring.datasource.url"))
                .startsWith("jdbc:mysql://127.0.0.1:3306/webook_sample?");
        assertThat(environment.getProperty("spring.flyway.locations")).isEqualTo("classpath:db/migration/sample");
        assertThat(environment.getProperty("spring.datasource.hikari.maximum-pool-size")).isEqualTo("10");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void theEnvironmentOverridesADefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env",
                Map.of("webook.context", "sample", "webook.mysql.host", "db.internal:3306")));

        new ProviderDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:mysql://db.internal:3306/webook_sample?");
    }
}
