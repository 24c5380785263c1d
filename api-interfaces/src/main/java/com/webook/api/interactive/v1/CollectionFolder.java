package com.webook.api.interactive.v1;

import java.io.Serializable;
import java.time.Instant;

/** A named folder a user collects things into. {@code itemCount}: how many things it holds. */
public record CollectionFolder(long id, long userId, String name, long itemCount, Instant createdAt, Instant updatedAt)
        implements Serializable {
}
