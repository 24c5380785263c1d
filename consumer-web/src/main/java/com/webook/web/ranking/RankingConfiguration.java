package com.webook.web.ranking;

import java.time.Duration;

import com.webook.api.ranking.v1.RankingService;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hot list's copy in this instance (see {@link NearHotList}). */
@Configuration(proxyBeanMethods = false)
class RankingConfiguration {

    @Bean
    NearHotList nearHotList(RankingService rankingService, MeterRegistry meters,
                            @Value("${webook.ranking.near.refresh-after:1s}") Duration refreshAfter,
                            @Value("${webook.ranking.near.keep-for:10m}") Duration keepFor) {
        return new NearHotList(rankingService, refreshAfter, keepFor, meters);
    }
}
