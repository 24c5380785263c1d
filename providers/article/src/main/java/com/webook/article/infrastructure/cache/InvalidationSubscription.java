package com.webook.article.infrastructure.cache;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * This instance's subscription to the invalidation channel. A RedisMessageListenerContainer started while
 * Redis is down fails the whole application; this one starts anyway and tries again every {@code retry} in
 * the background, each time with a fresh container, until one starts. From then on the container
 * resubscribes by itself (every {@code retry}) when its connection breaks. Meanwhile the local cache's
 * lifetime bounds staleness.
 */
public class InvalidationSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InvalidationSubscription.class);

    private final RedisConnectionFactory redis;
    private final MessageListener listener;
    private final String channel;
    private final Duration retry;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "article-invalidation-subscriber");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RedisMessageListenerContainer container;
    private volatile boolean running;

    public InvalidationSubscription(RedisConnectionFactory redis, MessageListener listener, String channel,
                                    Duration retry) {
        this.redis = redis;
        this.listener = listener;
        this.channel = channel;
        this.retry = retry;
    }

    /** Subscribes now if Redis answers, else keeps trying in the background; never fails. */
    @Override
    public void start() {
        running = true;
        subscribe();
    }

    private synchronized void subscribe() {
        if (!running || container != null) {
            return;
        }
        RedisMessageListenerContainer attempt = new RedisMessageListenerContainer();
        attempt.setConnectionFactory(redis);
        attempt.setRecoveryInterval(retry.toMillis());
        attempt.addMessageListener(listener, new ChannelTopic(channel));
        try {
            attempt.afterPropertiesSet();
            attempt.start();
            container = attempt;
            log.info("listening for article cache invalidations on {}", channel);
        } catch (RuntimeException failure) {
            destroy(attempt);
            log.warn("cannot subscribe to {} yet ({}); retrying in {}; until then local copies live out their lifetime",
                    channel, failure.toString(), retry);
            retries.schedule(this::subscribe, retry.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Whether messages on the channel reach this instance now. */
    public boolean isSubscribed() {
        RedisMessageListenerContainer current = container;
        return current != null && current.isListening();
    }

    @Override
    public synchronized void stop() {
        running = false;
        retries.shutdownNow();
        if (container != null) {
            destroy(container);
            container = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static void destroy(RedisMessageListenerContainer container) {
        try {
            container.destroy();
        } catch (Exception e) {
            log.debug("closing a listener container failed: {}", e.toString());
        }
    }
}
