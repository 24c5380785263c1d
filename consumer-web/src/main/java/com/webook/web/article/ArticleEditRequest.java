package com.webook.web.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A draft to save or publish. {@code id} absent or 0 creates a new article. The exact rules (title
 * 1–256 characters, content Markdown up to 1 MiB) are the article provider's.
 */
public record ArticleEditRequest(@PositiveOrZero Long id, @NotNull String title, @NotNull String content) {

    long idOrNew() {
        return id == null ? 0L : id;
    }
}
