package com.webook.provider.support.events;

/**
 * Reads one message's bytes into an event, strictly, or says why it cannot: a message that cannot be
 * read is dead-lettered, never retried and never dropped. Never throws.
 */
@FunctionalInterface
public interface EventReader<E> {

    Read<E> read(byte[] value);

    /** An event, or why the message cannot be one. */
    sealed interface Read<E> permits Event, Unreadable {
    }

    record Event<E>(E event) implements Read<E> {
    }

    record Unreadable<E>(String reason) implements Read<E> {
    }
}
