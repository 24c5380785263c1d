package com.webook.web.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Names one article. */
public record ArticleIdRequest(@NotNull @Positive Long id) {
}
