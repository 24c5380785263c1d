package com.webook.web.article;

import java.util.Locale;

import com.webook.api.article.v1.ArticleStatus;

/** How the API writes an article's status: {@code unpublished}, {@code published}, {@code private}. */
final class Statuses {

    private Statuses() {
    }

    static String name(ArticleStatus status) {
        return status == null ? null : status.name().toLowerCase(Locale.ROOT);
    }
}
