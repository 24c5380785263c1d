package com.webook.code.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.webook.code.domain.CodeStore;
import com.webook.code.domain.CodeStore.Stored;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.VerificationCode;
import com.webook.code.infrastructure.redis.RedisCodeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The resend interval as the store script decides it, on the real Redis (database 10, the code
 * provider's test database). The script knows a code's age only from its key's remaining life (PTTL):
 * a code stored {@code s} seconds ago has {@code VALIDITY - s} left. So a code's age is set here by
 * setting that life, as if the seconds had passed.
 */
class RedisCodeStoreIT {

    private static LettuceConnectionFactory connections;
    private static StringRedisTemplate redis;

    private final CodeTarget target = new CodeTarget("login", "+86139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    private final String key = RedisCodeStore.key(target);

    @BeforeAll
    static void connect() {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(
                System.getProperty("webook.it.redis.host", "127.0.0.1"),
                Integer.getInteger("webook.it.redis.port", 6379));
        server.setDatabase(10);
        connections = new LettuceConnectionFactory(server);
        connections.afterPropertiesSet();
        redis = new StringRedisTemplate(connections);
    }

    @AfterAll
    static void disconnect() {
        connections.destroy();
    }

    @AfterEach
    void forget() {
        redis.delete(List.of(key, key + ":cnt"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            again at once,          0,      TOO_FREQUENT
            again after 59 s,       59000,  TOO_FREQUENT
            again after a minute,   60000,  STORED
            again after 9 minutes,  540000, STORED
            """)
    void aSecondCodeForOneTargetWaitsAMinute(String name, long agoMillis, Stored expected) {
        RedisCodeStore store = new RedisCodeStore(redis);
        assertThat(store.store(target, new VerificationCode("111111"))).isEqualTo(Stored.STORED);

        storedAgo(agoMillis);

        assertThat(store.store(target, new VerificationCode("222222"))).isEqualTo(expected);
        String kept = expected == Stored.STORED ? "222222" : "111111";
        assertThat(redis.opsForValue().get(key)).isEqualTo(kept);
        if (expected == Stored.STORED) {
            assertThat(redis.getExpire(key, TimeUnit.MILLISECONDS)).as("a new code lives its full validity")
                    .isGreaterThan(CodeStore.VALIDITY.toMillis() - 60_000);
            assertThat(redis.opsForValue().get(key + ":cnt")).isEqualTo(Integer.toString(CodeStore.ATTEMPTS));
        }
    }

    @Test
    void aCodeWhoseKeyHasExpiredIsReplacedAtOnce() {
        RedisCodeStore store = new RedisCodeStore(redis);
        store.store(target, new VerificationCode("111111"));
        redis.delete(List.of(key, key + ":cnt")); // what Redis does when the 10 minutes are up

        assertThat(store.store(target, new VerificationCode("222222"))).isEqualTo(Stored.STORED);
        assertThat(redis.opsForValue().get(key)).isEqualTo("222222");
    }

    /** Sets the code's remaining life to what it would be {@code millis} after it was stored. */
    private void storedAgo(long millis) {
        long left = CodeStore.VALIDITY.toMillis() - millis;
        for (String k : List.of(key, key + ":cnt")) {
            assertThat(redis.expire(k, Duration.ofMillis(left))).as("expiry of %s set", k).isTrue();
        }
    }
}
