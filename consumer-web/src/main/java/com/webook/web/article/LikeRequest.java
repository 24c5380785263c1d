package com.webook.web.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code like} true likes the article, false takes the like back. */
public record LikeRequest(@NotNull @Positive Long id, @NotNull Boolean like) {
}
