package com.webook.user;

import com.webook.user.infrastructure.config.UserConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The user provider: accounts and profiles over Dubbo, database webook_user. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(UserConfiguration.class)
public class UserProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(UserProviderApplication.class, args);
    }
}
