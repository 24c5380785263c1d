package com.webook.web.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Puts article {@code id} into the caller's folder {@code cid}. */
public record CollectRequest(@NotNull @Positive Long id, @NotNull @Positive Long cid) {
}
