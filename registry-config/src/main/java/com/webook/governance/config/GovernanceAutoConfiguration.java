package com.webook.governance.config;

import java.time.Clock;
import java.time.Duration;

import com.webook.governance.credential.PlatformCredential;
import com.webook.governance.lifecycle.LeaveRegistryFirst;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Beans every Webook app gets by having this library on its classpath. */
@AutoConfiguration
public class GovernanceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Used by the Dubbo filters that sign outgoing calls and check incoming ones. */
    @Bean
    @ConditionalOnMissingBean
    PlatformCredential platformCredential(@Value("${webook.platform.credential-secret}") String secret,
                                          @Value("${webook.platform.credential-skew:5m}") Duration skew,
                                          Clock clock) {
        return new PlatformCredential(secret, skew, clock);
    }

    /** Providers leave the registry and drain before Dubbo closes their port. */
    @Bean
    LeaveRegistryFirst leaveRegistryFirst(@Value("${webook.dubbo.shutdown-wait:3s}") Duration drain) {
        return new LeaveRegistryFirst(drain);
    }
}
