package com.webook.web.limit;

import java.util.List;

import com.webook.governance.limit.RedisRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The abuse limits and where they apply (see {@link AbuseControls}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
public class LimitsConfiguration implements WebMvcConfigurer {

    /** The paths that change something of a logged-in user's: charged to {@code writes-per-user}. */
    static final List<String> WRITE_PATHS = List.of("/articles/edit", "/articles/publish", "/articles/withdraw",
            "/articles/pub/like", "/articles/pub/collect", "/articles/pub/uncollect", "/collections", "/collections/*",
            "/users/edit");

    private final AbuseControls controls;

    LimitsConfiguration(StringRedisTemplate redis, LimitsProperties properties, MeterRegistry meters) {
        this.controls = new AbuseControls(new RedisRateLimiter(redis, "web:limit"), properties.limits(), meters);
    }

    @Bean
    AbuseControls abuseControls() {
        return controls;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After the login check (Sa-Token's interceptor, default order): only logged-in writes get here.
        registry.addInterceptor(new WriteLimitInterceptor(controls)).addPathPatterns(WRITE_PATHS)
                .order(Ordered.LOWEST_PRECEDENCE);
    }
}
