package com.webook.job.infrastructure.security;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.console.kit.ConsoleSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.webook.job.infrastructure.config.JobAdminProperties;

/**
 * Who may do what over HTTP: the console kit's rules ({@link ConsoleSecurity}), with the executor protocol
 * ({@code /api/registry}, {@code /api/registryRemove}, {@code /api/callback}) open to the network (it checks the
 * app's token itself), and the user list for admins only.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String[] EXECUTOR_PROTOCOL = {"/api/registry", "/api/registryRemove", "/api/callback"};

    /** bcrypt at cost 12 (about a quarter of a second a check here); the tests use less. */
    @Bean
    PasswordEncoder passwordEncoder(@org.springframework.beans.factory.annotation.Value("${webook.job.bcrypt-cost:12}")
                                    int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    @Bean
    JdbcConsoleUsers consoleUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        return new JdbcConsoleUsers(jdbc, passwords);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        return ConsoleSecurity.chain(http, json, new ConsoleSecurity.Codes(410002, 410003),
                rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/users/**").hasRole("ADMIN"), EXECUTOR_PROTOCOL);
    }

    /** The first admin, when there are no users: with the configured password; never a default one. */
    @Bean
    ApplicationRunner firstAdmin(JdbcConsoleUsers users, JobAdminProperties properties, Environment environment) {
        return args -> {
            String password = properties.getBootstrap().getPassword();
            com.webook.job.infrastructure.config.StartupChecks.bootstrapPassword(password, environment);
            if (password.isEmpty()) {
                if (users.count() == 0) {
                    log.warn("there are no console users and webook.job.bootstrap.password is not set: nobody can log in");
                }
                return;
            }
            if (users.createFirstAdmin(properties.getBootstrap().getUsername(), password)) {
                log.info("created the first console admin '{}' with the configured password",
                        properties.getBootstrap().getUsername());
            }
        };
    }
}
