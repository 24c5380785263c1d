package com.webook.web.article;

import java.util.Objects;

import com.webook.api.article.v1.ArticleSummary;

/** An article in a list: no content, the start of it as {@code abstract}. */
public record ArticleSummaryView(long id, long authorId, String title, String abstractText, String status,
                                 String createdAt, String updatedAt) {

    static ArticleSummaryView of(ArticleSummary summary) {
        return new ArticleSummaryView(summary.id(), summary.authorId(), summary.title(), summary.abstractText(),
                Statuses.name(summary.status()), Objects.toString(summary.createdAt(), null), Objects.toString(summary.updatedAt(), null));
    }
}
