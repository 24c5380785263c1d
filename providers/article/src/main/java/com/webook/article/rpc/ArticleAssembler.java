package com.webook.article.rpc;

import java.util.List;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.article.v1.ArticleException;
import com.webook.api.article.v1.ArticleView;
import com.webook.api.article.v1.PublishedPage;
import com.webook.article.application.ReadingArticles;
import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.ArticleSummary;

/** Maps the domain to the published records and rejections to published error codes. Nothing else. */
final class ArticleAssembler {

    private ArticleAssembler() {
    }

    static ArticleView toView(Article article) {
        return new ArticleView(article.id().value(), article.authorId().value(), article.title(), article.content(),
                article.status(), article.createdAt(), article.updatedAt());
    }

    static com.webook.api.article.v1.ArticleSummary toSummary(ArticleSummary summary) {
        return new com.webook.api.article.v1.ArticleSummary(summary.id().value(), summary.authorId().value(),
                summary.title(), summary.abstractText(), summary.status(), summary.createdAt(),
                summary.updatedAt());
    }

    static List<com.webook.api.article.v1.ArticleSummary> toSummaries(List<ArticleSummary> summaries) {
        return summaries.stream().map(ArticleAssembler::toSummary).toList();
    }

    static PublishedPage toPage(ReadingArticles.Page page) {
        return new PublishedPage(toSummaries(page.items()), page.next() == null ? null : page.next().encode());
    }

    static ArticleException toException(ArticleRejected rejected) {
        ArticleErrorCode code = switch (rejected.rejection()) {
            case INVALID_ARGUMENT -> ArticleErrorCode.INVALID_ARGUMENT;
            case ARTICLE_NOT_FOUND -> ArticleErrorCode.ARTICLE_NOT_FOUND;
            case NOT_AUTHOR -> ArticleErrorCode.NOT_AUTHOR;
            case DRAFT_LIMIT_REACHED -> ArticleErrorCode.DRAFT_LIMIT_REACHED;
        };
        return new ArticleException(code, rejected.getMessage());
    }
}
