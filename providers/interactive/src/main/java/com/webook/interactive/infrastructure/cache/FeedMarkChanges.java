package com.webook.interactive.infrastructure.cache;

import java.time.Clock;
import java.time.Duration;

import com.webook.governance.feed.RedisFeed;
import com.webook.interactive.domain.MarkChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Changes of users' marks announced on the interactive context's reader-changes feed
 * ({@code InteractiveService.READER_CHANGES_FEED}, a {@link RedisFeed}), which callers that keep readers'
 * marks follow. This instance only appends. An announcement that fails is logged: the change is stored,
 * and a caller that cannot hear the feed does not trust its copies anyway.
 */
public class FeedMarkChanges implements MarkChanges {

    private static final Logger log = LoggerFactory.getLogger(FeedMarkChanges.class);

    private final RedisFeed feed;

    /** {@code retention}: how long the feed keeps entries, longer than any caller keeps a copy. */
    public FeedMarkChanges(RedisConnectionFactory redis, String key, Duration retention) {
        this.feed = new RedisFeed(redis, key, Clock.systemUTC(), retention, Duration.ofSeconds(2),
                Duration.ofMillis(200), entry -> { });
    }

    @Override
    public void changed(long userId) {
        try {
            feed.append(Long.toString(userId));
        } catch (RuntimeException failed) {
            log.error("user {}'s marks changed but the change could not be announced on {}: {}; copies near readers"
                    + " may show the old flags until they expire", userId, feed.key(), failed.toString());
        }
    }
}
