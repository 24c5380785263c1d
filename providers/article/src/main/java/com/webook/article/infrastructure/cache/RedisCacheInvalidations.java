package com.webook.article.infrastructure.cache;

import java.nio.charset.StandardCharsets;

import com.webook.article.domain.ArticleId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Invalidations over a Redis pub/sub channel: every instance subscribes (through its
 * {@link InvalidationSubscription}) and drops the named article from its {@link LocalReaderCache}.
 * Pub/sub delivers only to those connected: an instance that misses a message (Redis down, reconnecting)
 * serves its copy until the local time to live ends.
 */
public class RedisCacheInvalidations implements CacheInvalidations, MessageListener {

    private static final Logger log = LoggerFactory.getLogger(RedisCacheInvalidations.class);

    private final StringRedisTemplate redis;
    private final String channel;
    private final LocalReaderCache local;

    public RedisCacheInvalidations(StringRedisTemplate redis, String channel, LocalReaderCache local) {
        this.redis = redis;
        this.channel = channel;
        this.local = local;
    }

    public String channel() {
        return channel;
    }

    @Override
    public void broadcast(ArticleId id) {
        redis.convertAndSend(channel, Long.toString(id.value()));
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String body = new String(message.getBody(), StandardCharsets.US_ASCII);
        try {
            local.invalidate(new ArticleId(Long.parseLong(body)));
        } catch (IllegalArgumentException malformed) {
            log.warn("ignoring a malformed invalidation on {}: {}", channel, body.length() > 40 ? body.substring(0, 40) : body);
        }
    }
}
