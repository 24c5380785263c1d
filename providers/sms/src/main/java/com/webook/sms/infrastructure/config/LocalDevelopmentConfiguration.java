package com.webook.sms.infrastructure.config;

import com.webook.sms.infrastructure.vendor.local.DevInboxController;
import com.webook.sms.infrastructure.vendor.local.RedisSmsInbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Development only: the HTTP inbox of the local vendor, {@code GET /dev/sms/inbox?phone=}. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
public class LocalDevelopmentConfiguration {

    @Bean
    DevInboxController devInboxController(RedisSmsInbox inbox) {
        return new DevInboxController(inbox);
    }
}
