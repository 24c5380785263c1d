package com.webook.user.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.provider.support.redis.UnreachableRedis;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.user.domain.NewUser;
import com.webook.user.domain.Profile;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.infrastructure.cache.RedisUserCache;
import com.webook.user.infrastructure.persistence.CachedUserRepository;
import com.webook.user.infrastructure.persistence.MybatisUserDao;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * With Redis unreachable, the user repository reads and writes MySQL and still answers, counting
 * each cache failure. The client is a real Lettuce client pointed at a port where nothing listens.
 */
@ProviderIntegrationTest
class RedisDownIT {

    @Autowired
    MybatisUserDao dao;

    @Autowired
    ObjectMapper json;

    LettuceConnectionFactory unreachableRedis;
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    CachedUserRepository users;

    @BeforeEach
    void pointTheCacheAtADeadRedis() {
        unreachableRedis = UnreachableRedis.connectionFactory();
        users = new CachedUserRepository(dao, new RedisUserCache(new StringRedisTemplate(unreachableRedis), json),
                Clock.systemUTC(), meters);
    }

    @AfterEach
    void close() {
        unreachableRedis.destroy();
    }

    @Test
    void readsAndEditsGoToMySqlAndSucceed() {
        User stored = users.store(NewUser.withPhone("+86139" + (10_000_000 + Math.abs(UUID.randomUUID().hashCode() % 89_999_999)),
                java.time.Instant.now()));

        assertThat(users.find(stored.id())).contains(stored);
        assertThat(users.findAll(List.of(stored.id(), new UserId(Long.MAX_VALUE)))).containsExactly(stored);

        Profile edited = new Profile("Offline", LocalDate.of(2000, 1, 1), "cache down");
        assertThat(users.storeProfile(stored.id(), edited)).isTrue();
        assertThat(users.find(stored.id())).map(User::profile).contains(edited);

        double degraded = meters.find("webook.cache.degraded").counters().stream().mapToDouble(c -> c.count()).sum();
        assertThat(degraded).as("cache failures counted").isGreaterThanOrEqualTo(4);
    }
}
