package com.webook.article.rpc;

import java.util.List;

import com.webook.api.article.v1.ArticleView;
import com.webook.api.article.v1.PublishedPage;
import com.webook.article.application.ReadingArticles;
import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.ArticleSummary;

/** Maps the domain to the published records. Nothing else. */
final class ArticleAssembler {

    private ArticleAssembler() {
    }

    static ArticleView toView(Article article) {
        return new ArticleView(article.id().value(), article.authorId().value(), article.title(), article.content(),
                toStatus(article.status()), article.createdAt(), article.updatedAt());
    }

    static com.webook.api.article.v1.ArticleSummary toSummary(ArticleSummary summary) {
        return new com.webook.api.article.v1.ArticleSummary(summary.id().value(), summary.authorId().value(),
                summary.title(), summary.abstractText(), toStatus(summary.status()), summary.createdAt(),
                summary.updatedAt());
    }

    static List<com.webook.api.article.v1.ArticleSummary> toSummaries(List<ArticleSummary> summaries) {
        return summaries.stream().map(ArticleAssembler::toSummary).toList();
    }

    static PublishedPage toPage(ReadingArticles.Page page) {
        return new PublishedPage(toSummaries(page.items()), page.next() == null ? null : page.next().encode());
    }

    static com.webook.api.article.v1.ArticleStatus toStatus(ArticleStatus status) {
        return switch (status) {
            case UNPUBLISHED -> com.webook.api.article.v1.ArticleStatus.UNPUBLISHED;
            case PUBLISHED -> com.webook.api.article.v1.ArticleStatus.PUBLISHED;
            case PRIVATE -> com.webook.api.article.v1.ArticleStatus.PRIVATE;
        };
    }
}
