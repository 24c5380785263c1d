package com.webook.ranking;

import com.webook.ranking.infrastructure.config.RankingConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The ranking provider: the hot list over Dubbo, computed by a job, kept fresh by events, state in Redis. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RankingConfiguration.class)
public class RankingProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(RankingProviderApplication.class, args);
    }
}
