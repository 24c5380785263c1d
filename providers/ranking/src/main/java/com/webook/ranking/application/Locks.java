package com.webook.ranking.application;

import java.util.Optional;
import java.util.function.Supplier;

/** Locks every ranking instance honours (Redis). */
public interface Locks {

    /**
     * Runs {@code body} if nobody holds {@code name}, holding it as long as the body runs however long
     * that is (renewed while this process lives, released within seconds of its death); empty when
     * someone else holds it.
     */
    <T> Optional<T> ifFree(String name, Supplier<T> body);

    /**
     * Runs {@code body} holding {@code name}, waiting for it a few seconds at most; for short critical
     * sections (the lock lapses on its own if the holder dies). Throws when it cannot be had in time.
     */
    <T> T holding(String name, Supplier<T> body);
}
