package com.webook.web.collection;

import jakarta.validation.constraints.NotNull;

/** A folder's name; the exact rule (1–64 characters, unique among the user's folders) is the provider's. */
public record CollectionNameRequest(@NotNull String name) {
}
