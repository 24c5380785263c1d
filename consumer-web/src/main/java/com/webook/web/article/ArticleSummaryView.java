package com.webook.web.article;

import com.webook.api.article.v1.ArticleSummary;

/** An article in a list: no content, the start of it as {@code abstract}. */
public record ArticleSummaryView(long id, long authorId, String title, String abstractText, String status,
                                 String createdAt, String updatedAt) {

    static ArticleSummaryView of(ArticleSummary summary) {
        return new ArticleSummaryView(summary.id(), summary.authorId(), summary.title(), summary.abstractText(),
                Statuses.name(summary.status()), Statuses.time(summary.createdAt()), Statuses.time(summary.updatedAt()));
    }
}
