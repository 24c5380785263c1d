package com.webook.web.article;

import java.util.Objects;

import com.webook.api.article.v1.ArticleView;

/** The author's own view of an article: the draft as last saved, and where it stands. */
public record ArticleDetailView(long id, String title, String content, String status, String createdAt,
                                String updatedAt) {

    static ArticleDetailView of(ArticleView article) {
        return new ArticleDetailView(article.id(), article.title(), article.content(), Statuses.name(article.status()),
                Objects.toString(article.createdAt(), null), Objects.toString(article.updatedAt(), null));
    }
}
