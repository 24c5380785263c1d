package com.webook.sms;

import com.webook.sms.infrastructure.config.LocalDevelopmentConfiguration;
import com.webook.sms.infrastructure.config.SmsConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The SMS provider: templated text messages through the configured vendors over Dubbo, database webook_sms. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({SmsConfiguration.class, LocalDevelopmentConfiguration.class})
public class SmsProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(SmsProviderApplication.class, args);
    }
}
