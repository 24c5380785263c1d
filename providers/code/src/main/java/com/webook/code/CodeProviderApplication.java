package com.webook.code;

import com.webook.code.infrastructure.config.CodeConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The code provider: one-time verification codes over Dubbo, kept in Redis, sent by SMS. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CodeConfiguration.class)
public class CodeProviderApplication {

    public static void main(String[] args) {
        SpringApplication.run(CodeProviderApplication.class, args);
    }
}
