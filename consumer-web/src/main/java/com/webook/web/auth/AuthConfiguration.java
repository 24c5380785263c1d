package com.webook.web.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import cn.dev33.satoken.interceptor.SaInterceptor;
import cn.dev33.satoken.stp.StpLogic;
import cn.dev33.satoken.stp.StpUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what: every path needs a valid access token except the public list below and the
 * handlers marked {@code @SaIgnore}, where a token is optional (reading a published article: anyone
 * may, a logged-in reader also sees their own flags). The signing key comes from configuration
 * ({@code sa-token.jwt-secret-key}, or {@code WEBOOK_JWT_SECRET});
 * the prod profile refuses the development default (see ProductionGuard).
 */
@Configuration(proxyBeanMethods = false)
public class AuthConfiguration implements WebMvcConfigurer {

    /** Paths open without a token: the ways to log in, and the static pages. */
    public static final List<String> PUBLIC_PATHS = List.of(
            "/users/signup",
            "/users/login",
            "/users/login_sms/code/send",
            "/users/login_sms",
            "/users/refresh_token",
            "/oauth2/wechat/authurl",
            "/oauth2/wechat/callback",
            "/ping",
            "/",
            "/index.html",
            "/assets/**",
            "/favicon.ico",
            "/error");

    private static final int MIN_KEY_BYTES = 32;

    /** The access-token logic; the Sa-Token starter makes it the one behind StpUtil. */
    @Bean
    StpLogic stpLogic(@Value("${sa-token.jwt-secret-key}") String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
            throw new IllegalStateException("sa-token.jwt-secret-key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        return new JwtStpLogic(JwtStpLogic.ACCESS);
    }

    @Bean
    SessionTokens sessionTokens(StpLogic stpLogic, StringRedisTemplate redis,
                                @Value("${webook.auth.access-ttl:30m}") Duration accessTtl,
                                @Value("${webook.auth.refresh-ttl:7d}") Duration refreshTtl) {
        return new SessionTokens(stpLogic, new JwtStpLogic(JwtStpLogic.REFRESH), redis, accessTtl, refreshTtl);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SaInterceptor(handler -> StpUtil.checkLogin()))
                .addPathPatterns("/**")
                .excludePathPatterns(PUBLIC_PATHS);
    }
}
