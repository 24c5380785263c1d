package com.webook.provider.support.events;

import java.util.List;

/**
 * Applies a batch of events, all or nothing (one transaction, say). It may see an event again after a
 * crash or a rebalance, so it must drop what it applied before, by event id ({@link AppliedEvents}).
 * Throwing makes the consumer deliver the same batch again after a pause.
 */
@FunctionalInterface
public interface EventHandler<E> {

    void handle(List<E> events);
}
