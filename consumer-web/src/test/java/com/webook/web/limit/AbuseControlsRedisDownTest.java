package com.webook.web.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import com.webook.governance.limit.RedisRateLimiter;
import com.webook.governance.testkit.TestRedis;
import com.webook.web.common.ApiError;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;

/**
 * Redis down, as documented: the limits against guessing and SMS draining refuse (an unknown count must
 * not mean "unlimited"), the write limit lets writes through and counts them.
 */
class AbuseControlsRedisDownTest {

    private LettuceConnectionFactory deadRedis;
    private SimpleMeterRegistry meters;
    private AbuseControls controls;

    @BeforeEach
    void pointAtAPortWhereNothingListens() {
        deadRedis = TestRedis.unreachable();
        meters = new SimpleMeterRegistry();
        LimitsProperties.Setting some = new LimitsProperties.Setting(5, Duration.ofMinutes(10));
        Map<String, LimitsProperties.Setting> settings = Map.of("code-send-per-client", some,
                "code-send-per-phone", some, "code-send-global", some, "code-check-failures-per-phone", some,
                "login-failures-per-account", some, "login-failures-per-client", some, "writes-per-user", some);
        controls = new AbuseControls(new RedisRateLimiter(new StringRedisTemplate(deadRedis), "web:limit"), settings,
                meters);
    }

    @AfterEach
    void close() {
        deadRedis.destroy();
    }

    @Test
    void guessingAndSmsAreRefusedWithAClearAnswer() {
        assertThatThrownBy(() -> controls.sendingCode("198.18.0.1", "+8613800138000"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThatThrownBy(() -> controls.loggingIn("198.18.0.1", "ada@example.com"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThatThrownBy(() -> controls.checkingCode("+8613800138000"))
                .isInstanceOfSatisfying(ApiError.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
    }

    @Test
    void writesGoThroughAndAreCounted() {
        assertThatCode(() -> controls.writing(42)).doesNotThrowAnyException();
        assertThat(meters.counter("webook.limit.unchecked", "limit", "writes-per-user").count()).isEqualTo(1);
    }
}
