package com.webook.interactive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.infrastructure.cache.CountField;
import com.webook.interactive.infrastructure.cache.RedisCountsCache;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The counts hashes and their Lua scripts on the real Redis. */
@ProviderIntegrationTest
class RedisCountsCacheIT {

    @Autowired
    StringRedisTemplate redis;

    private RedisCountsCache cache() {
        return new RedisCountsCache(redis);
    }

    @Test
    void anIncrementOfAMissingEntryCreatesNothing() {
        BizObject absent = new BizObject("article", Ids.fresh());

        int applied = cache().incrementExisting(CountField.LIKE, Map.of(absent, 1L));

        assertThat(applied).isZero();
        assertThat(redis.hasKey(RedisCountsCache.key(absent))).isFalse();
    }

    @Test
    void anIncrementOfAPresentEntryAddsAndKeepsItsExpiry() {
        BizObject present = new BizObject("article", Ids.fresh());
        BizObject absent = new BizObject("article", Ids.fresh());
        cache().putAll(List.of(new Counts(present, 10, 5, 2)));
        String key = RedisCountsCache.key(present);
        long ttlBefore = redis.getExpire(key);

        Map<BizObject, Long> deltas = new LinkedHashMap<>();
        deltas.put(present, 3L);
        deltas.put(absent, 3L);
        int applied = cache().incrementExisting(CountField.READ, deltas);
        cache().incrementExisting(CountField.COLLECT, Map.of(present, -1L));

        assertThat(applied).isEqualTo(1);
        assertThat(redis.<String, String>opsForHash().entries(key))
                .isEqualTo(Map.of("read_cnt", "13", "like_cnt", "5", "collect_cnt", "1"));
        assertThat(redis.getExpire(key)).isBetween(ttlBefore - 2, ttlBefore).isGreaterThan(14 * 60L);
        assertThat(redis.hasKey(RedisCountsCache.key(absent))).isFalse();
    }

    @Test
    void entriesAreReadBackInOneGoAndAPartialOrGarbledEntryIsAMiss() {
        long whole = Ids.fresh();
        long partial = Ids.fresh();
        long garbled = Ids.fresh();
        cache().putAll(List.of(new Counts(new BizObject("article", whole), 1, 2, 3)));
        redis.opsForHash().put(RedisCountsCache.key(new BizObject("article", partial)), "like_cnt", "4");
        redis.opsForHash().putAll(RedisCountsCache.key(new BizObject("article", garbled)),
                Map.of("read_cnt", "x", "like_cnt", "1", "collect_cnt", "1"));

        Map<Long, Counts> found = cache().getAll("article", List.of(whole, partial, garbled, Ids.fresh()));

        assertThat(found).containsOnlyKeys(whole);
        assertThat(found.get(whole)).isEqualTo(new Counts(new BizObject("article", whole), 1, 2, 3));
        redis.delete(List.of(RedisCountsCache.key(new BizObject("article", partial)),
                RedisCountsCache.key(new BizObject("article", garbled))));
    }
}
