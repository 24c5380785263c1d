package com.webook.interactive.infrastructure.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.ReturnType;
import org.springframework.data.redis.connection.StringRedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * {@code interactive:<biz>:<id>} → a hash of {@code read_cnt}, {@code like_cnt}, {@code collect_cnt}, for
 * 15 minutes from when it was filled (increments keep the expiry). Every batch is one pipeline of
 * single-key commands, so it also works on a Redis Cluster. Redis failures propagate as Spring's
 * DataAccessException; {@link ResilientCountsCache} decides how to degrade.
 */
public class RedisCountsCache implements CountsCache {

    public static final String KEY_PREFIX = "interactive:";
    public static final Duration TTL = Duration.ofMinutes(15);

    private static final String INCREMENT = lua("lua/increment_existing.lua");
    private static final String FILL = lua("lua/fill_counts.lua");

    private final StringRedisTemplate redis;

    public RedisCountsCache(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public static String key(BizObject target) {
        return KEY_PREFIX + target.biz() + ":" + target.id();
    }

    @Override
    public Map<Long, Counts> getAll(String biz, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<BizObject> targets = ids.stream().map(id -> new BizObject(biz, id)).toList();
        // One object (the reader view) is one command on the shared connection; a pipeline would take
        // a dedicated connection from the pool for it.
        List<Object> hashes = targets.size() == 1
                ? List.of(redis.opsForHash().entries(key(targets.get(0))))
                : redis.executePipelined((RedisCallback<Object>) connection -> {
                    StringRedisConnection strings = (StringRedisConnection) connection;
                    targets.forEach(target -> strings.hGetAll(key(target)));
                    return null;
                });
        Map<Long, Counts> found = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            if (hashes.get(i) instanceof Map<?, ?> hash && !hash.isEmpty()) {
                BizObject target = targets.get(i);
                Counts counts = read(target, hash);
                if (counts != null) {
                    found.put(target.id(), counts);
                }
            }
        }
        return found;
    }

    @Override
    public void putAll(Collection<Counts> counts) {
        if (counts.isEmpty()) {
            return;
        }
        String ttl = Long.toString(TTL.toMillis());
        redis.executePipelined((RedisCallback<Object>) connection -> {
            StringRedisConnection strings = (StringRedisConnection) connection;
            counts.forEach(c -> strings.eval(FILL, ReturnType.INTEGER, 1, key(c.target()),
                    Long.toString(c.reads()), Long.toString(c.likes()), Long.toString(c.collects()), ttl));
            return null;
        });
    }

    @Override
    public int incrementExisting(CountField field, Map<BizObject, Long> deltas) {
        if (deltas.isEmpty()) {
            return 0;
        }
        List<Map.Entry<BizObject, Long>> entries = new ArrayList<>(deltas.entrySet());
        List<Object> applied = redis.executePipelined((RedisCallback<Object>) connection -> {
            StringRedisConnection strings = (StringRedisConnection) connection;
            entries.forEach(e -> strings.eval(INCREMENT, ReturnType.INTEGER, 1, key(e.getKey()), field.field(),
                    Long.toString(e.getValue())));
            return null;
        });
        return (int) applied.stream().filter(a -> a instanceof Long n && n == 1).count();
    }

    /** A hash missing a field or holding garbage reads as a miss: it is refilled from MySQL. */
    private static Counts read(BizObject target, Map<?, ?> hash) {
        try {
            return new Counts(target, number(hash, CountField.READ), number(hash, CountField.LIKE),
                    number(hash, CountField.COLLECT));
        } catch (NumberFormatException | NullPointerException unreadable) {
            return null;
        }
    }

    private static long number(Map<?, ?> hash, CountField field) {
        return Long.parseLong((String) hash.get(field.field()));
    }

    private static String lua(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
