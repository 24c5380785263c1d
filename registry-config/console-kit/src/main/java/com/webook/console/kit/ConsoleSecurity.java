package com.webook.console.kit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what over HTTP in a console. A few machine endpoints (an executor protocol, a heartbeat) are
 * open to POSTs and check their callers themselves. Everything else needs a console user: the browser logs
 * in with a form and holds a session (and sends the CSRF token from the {@code XSRF-TOKEN} cookie with every
 * change); scripts send HTTP Basic credentials with each request (no CSRF token: a browser never attaches
 * them by itself, as no answer asks it to). Failures answer JSON envelopes, never a login page or a Basic
 * challenge. The page, its assets and {@code /api/v1/csrf} are open; health and Prometheus too.
 */
public final class ConsoleSecurity {

    private ConsoleSecurity() {
    }

    /** The codes a console answers "log in first" and "not allowed" with. */
    public record Codes(int unauthenticated, int forbidden) {
    }

    /**
     * @param rules            the console's own rules, applied after the open paths and before "everything
     *                         else needs a user"
     * @param machineEndpoints POST paths open to machines, without a session or CSRF token
     */
    public static SecurityFilterChain chain(HttpSecurity http, ObjectMapper json, Codes codes,
            Consumer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules,
            String... machineEndpoints) throws Exception {
        RequestMatcher basic = request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        };
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.POST, machineEndpoints).permitAll()
                            .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
                            .requestMatchers("/", "/index.html", "/assets/**", "/kit/**", "/favicon.ico", "/error",
                                    "/api/v1/csrf").permitAll();
                    rules.accept(requests);
                    requests.anyRequest().authenticated();
                })
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(machineEndpoints)
                        .ignoringRequestMatchers(basic))
                .httpBasic(basicAuth -> basicAuth.authenticationEntryPoint((request, response, e) ->
                        write(response, json, HttpServletResponse.SC_UNAUTHORIZED, codes.unauthenticated(), "log in first")))
                .formLogin(form -> form.loginProcessingUrl("/api/v1/login")
                        .successHandler((request, response, auth) -> write(response, json, 200, 0, "ok"))
                        .failureHandler((request, response, e) -> write(response, json,
                                HttpServletResponse.SC_UNAUTHORIZED, codes.unauthenticated(), "wrong username or password")))
                .logout(logout -> logout.logoutUrl("/api/v1/logout")
                        .logoutSuccessHandler((request, response, auth) -> write(response, json, 200, 0, "ok")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> write(response, json,
                                HttpServletResponse.SC_UNAUTHORIZED, codes.unauthenticated(), "log in first"))
                        .accessDeniedHandler((request, response, e) -> write(response, json,
                                HttpServletResponse.SC_FORBIDDEN, codes.forbidden(), "not allowed (or the CSRF token is missing)")));
        return http.build();
    }

    /** Writes an envelope where no controller advice reaches (the security filters). */
    public static void write(HttpServletResponse response, ObjectMapper json, int status, int code, String msg)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("msg", msg);
        body.put("data", null);
        json.writeValue(response.getOutputStream(), body);
    }
}
