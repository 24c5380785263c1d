package com.webook.interactive.domain;

import java.time.Instant;

/** A user's named collection folder and how many things it holds. */
public record Folder(long id, long userId, String name, long itemCount, Instant createdAt, Instant updatedAt) {
}
