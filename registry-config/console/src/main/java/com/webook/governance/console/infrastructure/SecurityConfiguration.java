package com.webook.governance.console.infrastructure;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.console.kit.ConsoleSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what over HTTP: the console kit's rules ({@link ConsoleSecurity}), with Sentinel's heartbeat
 * ({@code POST /registry/machine}) open, as in every Sentinel console, and checked by {@code HeartbeatPolicy}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    static final String HEARTBEAT = "/registry/machine";

    /** bcrypt at cost 12; the tests use less. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${webook.governance.bcrypt-cost:12}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    @Bean
    ConsoleUsers consoleUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        return new ConsoleUsers(jdbc, passwords);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        return ConsoleSecurity.chain(http, json, new ConsoleSecurity.Codes(420002, 420003), rules -> { }, HEARTBEAT);
    }

    /**
     * The first operator, when there are no users: with the configured password, never a default one. A password
     * shorter than the minimum stops the console from starting.
     */
    @Bean
    ApplicationRunner firstOperator(ConsoleUsers users, ConsoleProperties properties) {
        return args -> {
            String password = properties.bootstrap().password();
            if (password.isEmpty()) {
                if (users.count() == 0) {
                    log.warn("there are no console users and webook.governance.bootstrap.password is not set: nobody can log in");
                }
                return;
            }
            if (users.createFirst(properties.bootstrap().username(), password)) {
                log.info("created the first console user '{}' with the configured password", properties.bootstrap().username());
            }
        };
    }
}
