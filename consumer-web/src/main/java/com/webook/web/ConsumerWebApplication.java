package com.webook.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The BFF: the HTTP API and pages of Webook, calling the providers over Dubbo. */
@SpringBootApplication
public class ConsumerWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsumerWebApplication.class, args);
    }
}
