package com.webook.governance.feed;

import org.springframework.context.SmartLifecycle;

/**
 * A bean whose lifecycle is its {@link RedisFeed}'s: it follows from before the web server takes requests
 * until after it stops. Implement {@link #feed()}; the lifecycle is the feed's.
 */
public interface FollowsFeed extends SmartLifecycle {

    /** The feed this follows. */
    RedisFeed feed();

    @Override
    default void start() {
        feed().start();
    }

    @Override
    default void stop() {
        feed().stop();
    }

    @Override
    default boolean isRunning() {
        return feed().isRunning();
    }

    @Override
    default int getPhase() {
        return feed().getPhase();
    }
}
