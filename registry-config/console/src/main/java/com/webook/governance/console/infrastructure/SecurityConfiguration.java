package com.webook.governance.console.infrastructure;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
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

/**
 * Who may do what over HTTP. Sentinel's heartbeat ({@code POST /registry/machine}) is open, as in every
 * Sentinel console, and checked by {@code HeartbeatPolicy}. Everything else needs a console user: the browser
 * logs in with a form and keeps a session (sending the CSRF token from the {@code XSRF-TOKEN} cookie with
 * every change); scripts send HTTP Basic credentials. Failures answer JSON envelopes, never a login page.
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
        RequestMatcher basic = request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, HEARTBEAT).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
                        .requestMatchers("/", "/index.html", "/assets/**", "/favicon.ico", "/error", "/api/v1/csrf")
                        .permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(HEARTBEAT)
                        .ignoringRequestMatchers(basic))
                .httpBasic(basicAuth -> basicAuth.authenticationEntryPoint((request, response, e) ->
                        write(response, json, HttpServletResponse.SC_UNAUTHORIZED, 420002, "log in first")))
                .formLogin(form -> form.loginProcessingUrl("/api/v1/login")
                        .successHandler((request, response, auth) -> write(response, json, 200, 0, "ok"))
                        .failureHandler((request, response, e) ->
                                write(response, json, HttpServletResponse.SC_UNAUTHORIZED, 420002, "wrong username or password")))
                .logout(logout -> logout.logoutUrl("/api/v1/logout")
                        .logoutSuccessHandler((request, response, auth) -> write(response, json, 200, 0, "ok")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                write(response, json, HttpServletResponse.SC_UNAUTHORIZED, 420002, "log in first"))
                        .accessDeniedHandler((request, response, e) ->
                                write(response, json, HttpServletResponse.SC_FORBIDDEN, 420003,
                                        "not allowed (or the CSRF token is missing)")));
        return http.build();
    }

    static void write(HttpServletResponse response, ObjectMapper json, int status, int code, String msg)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("msg", msg);
        body.put("data", null);
        json.writeValue(response.getOutputStream(), body);
    }

    /**
     * The first operator, when there are no users: with the configured password, never a default one. Outside
     * the local and test profiles a password shorter than the minimum stops the console from starting.
     */
    @Bean
    ApplicationRunner firstOperator(ConsoleUsers users, ConsoleProperties properties, Environment environment) {
        return args -> {
            String password = properties.bootstrap().password();
            if (password.isEmpty()) {
                if (users.count() == 0) {
                    log.warn("there are no console users and webook.governance.bootstrap.password is not set: nobody can log in");
                }
                return;
            }
            if (password.length() < ConsoleUsers.MIN_PASSWORD && !environment.acceptsProfiles(Profiles.of("local", "it"))) {
                throw new IllegalStateException("webook.governance.bootstrap.password must be at least "
                        + ConsoleUsers.MIN_PASSWORD + " characters");
            }
            if (users.createFirst(properties.bootstrap().username(), password)) {
                log.info("created the first console user '{}' with the configured password", properties.bootstrap().username());
            }
        };
    }
}
