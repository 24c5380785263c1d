package com.webook.provider.support.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.data.redis.connection.StringRedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One family of Redis string entries holding JSON values, keyed {@code <prefix><id>}, each written
 * with the same time to live. Redis failures propagate as Spring's DataAccessException: the
 * repository that owns the cache decides how to degrade. An entry that no longer parses (an older
 * shape, say) reads as a miss.
 */
public final class RedisJsonEntries<V> {

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final Class<V> type;
    private final String prefix;
    private final Duration ttl;

    public RedisJsonEntries(StringRedisTemplate redis, ObjectMapper json, Class<V> type, String prefix, Duration ttl) {
        this.redis = redis;
        this.json = json;
        this.type = type;
        this.prefix = prefix;
        this.ttl = ttl;
    }

    public String key(Object id) {
        return prefix + id;
    }

    public Optional<V> get(Object id) {
        return Optional.ofNullable(redis.opsForValue().get(key(id))).flatMap(this::read);
    }

    /** The entries found, keyed by id, in one round trip. */
    public <I> Map<I, V> getAll(Collection<I> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<I> ordered = new ArrayList<>(ids);
        List<String> values = redis.opsForValue().multiGet(ordered.stream().map(this::key).toList());
        Map<I, V> found = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size() && values != null; i++) {
            String raw = values.get(i);
            if (raw != null) {
                I id = ordered.get(i);
                read(raw).ifPresent(v -> found.put(id, v));
            }
        }
        return found;
    }

    public void put(Object id, V value) {
        redis.opsForValue().set(key(id), write(value), ttl);
    }

    /** Writes every entry in one pipelined round trip. */
    public void putAll(Map<?, V> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<String, String> raw = new LinkedHashMap<>();
        entries.forEach((id, value) -> raw.put(key(id), write(value)));
        redis.executePipelined((RedisCallback<Object>) connection -> {
            StringRedisConnection strings = (StringRedisConnection) connection;
            raw.forEach((key, value) -> strings.setEx(key, ttl.toSeconds(), value));
            return null;
        });
    }

    public void evict(Object id) {
        redis.delete(key(id));
    }

    private Optional<V> read(String raw) {
        try {
            return Optional.of(json.readValue(raw, type));
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    private String write(V value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }
}
