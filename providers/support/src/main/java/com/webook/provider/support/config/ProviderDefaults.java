package com.webook.provider.support.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/**
 * The settings every provider shares, so that a provider's application.yml holds only what is its own:
 * {@code webook/provider-defaults.yml} always, {@code provider-mysql-defaults.yml} when the app keeps rows
 * (Hikari is on its class path) and {@code provider-kafka-defaults.yml} when it speaks Kafka (kafka-clients
 * is on its class path). They are
 * added with the lowest precedence, beside the platform-wide {@code GovernanceDefaults}, and before
 * {@code ProductionGuard} looks at the result.
 */
public class ProviderDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ClassLoader classes = application.getClassLoader();
        addLast(environment, "webook/provider-defaults.yml");
        if (ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource", classes)) {
            addLast(environment, "webook/provider-mysql-defaults.yml");
        }
        if (ClassUtils.isPresent("org.apache.kafka.clients.producer.KafkaProducer", classes)) {
            addLast(environment, "webook/provider-kafka-defaults.yml");
        }
    }

    /** Adds the YAML class path resource {@code file} behind every other property source. */
    public static void addLast(ConfigurableEnvironment environment, String file) {
        load(file).forEach(source -> environment.getPropertySources().addLast(source));
    }

    /** The property sources of the YAML class path resource {@code file}, one per document. */
    public static List<PropertySource<?>> load(String file) {
        try {
            return new YamlPropertySourceLoader().load("webookProviderDefaults:" + file, new ClassPathResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public int getOrder() {
        // With GovernanceDefaults (LOWEST_PRECEDENCE - 1), before ProductionGuard (LOWEST_PRECEDENCE).
        return Ordered.LOWEST_PRECEDENCE - 2;
    }
}
