package com.webook.interactive;

import com.webook.interactive.infrastructure.config.InteractiveConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The interactive provider: counts, likes and collections over Dubbo, reads from Kafka, database webook_interactive. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(InteractiveConfiguration.class)
public class InteractiveProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(InteractiveProviderApplication.class, args);
    }
}
