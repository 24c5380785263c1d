package com.webook.web.article;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** One page of the author's own articles. */
public record ArticleListRequest(
        @NotNull @PositiveOrZero @Max(1_000_000) Integer offset,
        @NotNull @Min(1) @Max(100) Integer limit) {
}
