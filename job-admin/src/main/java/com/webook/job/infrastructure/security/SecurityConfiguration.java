package com.webook.job.infrastructure.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.webook.job.infrastructure.config.JobAdminProperties;

/**
 * Who may do what over HTTP. The executor protocol ({@code /api/registry}, {@code /api/registryRemove},
 * {@code /api/callback}) is open to the network and checks the app's token itself. Everything else needs
 * a console user: the browser logs in with a form and holds a session (and sends the CSRF token from the
 * {@code XSRF-TOKEN} cookie with every change); scripts send HTTP Basic credentials with each request
 * (no CSRF token: a browser never attaches them by itself, as no answer asks it to). Failures answer JSON
 * envelopes, never a login page or a Basic challenge.
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
        RequestMatcher basic = request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, EXECUTOR_PROTOCOL).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
                        .requestMatchers("/", "/index.html", "/assets/**", "/favicon.ico", "/error", "/api/v1/csrf")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/users/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(EXECUTOR_PROTOCOL)
                        .ignoringRequestMatchers(basic))
                .httpBasic(basicAuth -> basicAuth.authenticationEntryPoint((request, response, e) ->
                        write(response, json, HttpServletResponse.SC_UNAUTHORIZED, 410002, "log in first")))
                .formLogin(form -> form.loginProcessingUrl("/api/v1/login")
                        .successHandler((request, response, auth) -> write(response, json, 200, 0, "ok"))
                        .failureHandler((request, response, e) ->
                                write(response, json, HttpServletResponse.SC_UNAUTHORIZED, 410002, "wrong username or password")))
                .logout(logout -> logout.logoutUrl("/api/v1/logout")
                        .logoutSuccessHandler((request, response, auth) -> write(response, json, 200, 0, "ok")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                write(response, json, HttpServletResponse.SC_UNAUTHORIZED, 410002, "log in first"))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, json, HttpServletResponse.SC_FORBIDDEN, 410003,
                                        "not allowed (or the CSRF token is missing)")));
        return http.build();
    }

    static void write(HttpServletResponse response, ObjectMapper json, int status, int code, String msg)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("code", code);
        body.put("msg", msg);
        body.put("data", null);
        json.writeValue(response.getOutputStream(), body);
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
