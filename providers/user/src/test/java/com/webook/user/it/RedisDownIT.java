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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With Redis unreachable, the user repository reads and writes MySQL and still answers, counting
 * each cache failure.
 */
@ProviderIntegrationTest
class RedisDownIT {

    @Autowired
    MybatisUserDao dao;

    @Autowired
    ObjectMapper json;

    @RegisterExtension
    final UnreachableRedis redis = new UnreachableRedis();

    CachedUserRepository users;

    @BeforeEach
    void pointTheCacheAtADeadRedis() {
        users = new CachedUserRepository(dao, new RedisUserCache(redis.template(), json), Clock.systemUTC(), redis.meters());
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

        assertThat(redis.cacheFailuresCounted()).as("cache failures counted").isGreaterThanOrEqualTo(4);
    }
}
