package com.webook.article.infrastructure.cache;

import java.time.Clock;
import java.time.Duration;

import com.webook.article.domain.ArticleId;
import com.webook.governance.feed.FollowsFeed;
import com.webook.governance.feed.RedisFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Invalidations on the article context's change feed ({@code ArticleService.CHANGES_FEED}, a
 * {@link RedisFeed}): each change appends the article's id, and every instance, following the feed, drops it
 * from its {@link LocalReaderCache}; so do the callers that keep published copies near their readers
 * (consumer-web). An instance that loses Redis reads on from where it was when Redis is back; until then,
 * the local cache's lifetime bounds staleness. Started before the instance takes calls: a follower that
 * cannot reach Redis at start keeps trying in the background and never fails the start.
 */
public class FeedCacheInvalidations implements CacheInvalidations, FollowsFeed {

    private static final Logger log = LoggerFactory.getLogger(FeedCacheInvalidations.class);

    private final RedisFeed feed;

    /** {@code retention}: how long the feed keeps entries, longer than any local copy lives. */
    public FeedCacheInvalidations(RedisConnectionFactory redis, String key, Duration retention, LocalReaderCache local) {
        this.feed = new RedisFeed(redis, key, Clock.systemUTC(), retention, Duration.ofSeconds(2),
                Duration.ofMillis(200), entry -> invalidate(local, entry));
    }

    private static void invalidate(LocalReaderCache local, String entry) {
        try {
            local.invalidate(new ArticleId(Long.parseLong(entry)));
        } catch (IllegalArgumentException malformed) {
            log.warn("ignoring a malformed article change: {}", entry.length() > 40 ? entry.substring(0, 40) : entry);
        }
    }

    @Override
    public void broadcast(ArticleId id) {
        feed.append(Long.toString(id.value()));
    }

    /** Whether this instance has heard every change up to a moment ago. */
    public boolean isCurrent() {
        return feed.isCurrent();
    }

    @Override
    public RedisFeed feed() {
        return feed;
    }
}
