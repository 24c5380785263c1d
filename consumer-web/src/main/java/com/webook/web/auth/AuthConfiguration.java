package com.webook.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.dev33.satoken.interceptor.SaInterceptor;
import cn.dev33.satoken.stp.StpLogic;
import cn.dev33.satoken.stp.StpUtil;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what: every path needs a valid access token except the public list below and the
 * handlers marked {@code @SaIgnore}, where a token is optional (reading a published article: anyone
 * may, a logged-in reader also sees their own flags). Tokens are signed with {@code webook.jwt-secret}
 * ({@code WEBOOK_JWT_SECRET}); outside the local and test profiles the development default is refused
 * (see ProductionGuard).
 */
@Configuration(proxyBeanMethods = false)
public class AuthConfiguration implements WebMvcConfigurer {

    /** Paths open without a token: the ways to log in, the hot list, and the static pages. */
    public static final List<String> PUBLIC_PATHS = List.of(
            "/users/signup",
            "/users/login",
            "/users/login_sms/code/send",
            "/users/login_sms",
            "/users/refresh_token",
            "/oauth2/wechat/authurl",
            "/oauth2/wechat/callback",
            "/ping",
            "/ranking/hot",
            "/",
            "/index.html",
            "/assets/**",
            "/favicon.ico",
            "/error");

    /** Our sessions behind Sa-Token's StpUtil and interceptor (the starter picks this bean up). */
    @Bean
    StpLogic stpLogic(SessionTokens sessions) {
        return new SessionStpLogic(sessions);
    }

    /**
     * Ended sessions known locally. Remembered a minute past the access tokens' lifetime (clock skew
     * between instances); a read of the stream waits at most {@code block}, below Redis's command timeout.
     */
    @Bean
    EndedSessions endedSessions(RedisConnectionFactory redis, Clock clock, MeterRegistry meters,
                                @Value("${webook.auth.access-ttl:30m}") Duration accessTtl,
                                @Value("${webook.auth.ended-sessions.max-lag:2s}") Duration maxLag,
                                @Value("${webook.auth.ended-sessions.block:200ms}") Duration block) {
        return new EndedSessions(redis, clock, accessTtl.plusMinutes(1), maxLag, block, meters);
    }

    @Bean
    SessionTokens sessionTokens(StringRedisTemplate redis, Clock clock, EndedSessions ended,
                                @Value("${webook.jwt-secret}") String key,
                                @Value("${webook.auth.access-ttl:30m}") Duration accessTtl,
                                @Value("${webook.auth.refresh-ttl:7d}") Duration refreshTtl,
                                @Value("${webook.auth.max-sessions:20}") int maxSessions,
                                @Value("${webook.auth.refresh-grace:5s}") Duration grace,
                                @Value("${webook.auth.max-lifetime:30d}") Duration maxLifetime) {
        return new SessionTokens(new TokenCodec(key, clock), new RedisSessionStore(redis, maxLifetime), ended, accessTtl,
                refreshTtl, maxSessions, grace);
    }

    private final Environment environment;

    AuthConfiguration(Environment environment) {
        this.environment = environment;
    }

    private boolean onManagementPort() {
        Integer managementPort = environment.getProperty("local.management.port", Integer.class);
        return managementPort != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes && attributes.getRequest().getLocalPort() == managementPort;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // The management server (health, Prometheus) shares this configuration but has no logins: its own
        // port, bound to an internal address.
        registry.addInterceptor(new SaInterceptor(handler -> {
                    if (!onManagementPort()) {
                        StpUtil.checkLogin();
                    }
                }))
                .addPathPatterns("/**")
                .excludePathPatterns(PUBLIC_PATHS);
    }
}
