package com.webook.sms.infrastructure.vendor.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Development inboxes in Redis, so every instance sees every message: a list per phone,
 * {@code sms:inbox:<phone>}, newest first, capped, expiring after its last message.
 */
public class RedisSmsInbox {

    public static final String KEY_PREFIX = "sms:inbox:";
    private static final RedisScript<Long> PUSH = RedisScript.of(new ClassPathResource("lua/inbox_push.lua"), Long.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final int capacity;
    private final Duration ttl;

    public RedisSmsInbox(StringRedisTemplate redis, ObjectMapper json, int capacity, Duration ttl) {
        this.redis = redis;
        this.json = json;
        this.capacity = capacity;
        this.ttl = ttl;
    }

    public static String key(String phone) {
        return KEY_PREFIX + phone;
    }

    public void record(String phone, InboxEntry entry) {
        String value;
        try {
            value = json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an inbox entry", e);
        }
        redis.execute(PUSH, List.of(key(phone)), value, Integer.toString(capacity), Long.toString(ttl.toMillis()));
    }

    /** The phone's messages, newest first; empty when there are none. */
    public List<InboxEntry> read(String phone) {
        List<String> values = redis.opsForList().range(key(phone), 0, capacity - 1L);
        List<InboxEntry> entries = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                try {
                    entries.add(json.readValue(value, InboxEntry.class));
                } catch (JsonProcessingException unreadable) {
                    // Not ours (someone wrote by hand into a dev inbox): leave it out.
                }
            }
        }
        return entries;
    }
}
