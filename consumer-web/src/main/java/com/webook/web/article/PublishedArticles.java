package com.webook.web.article;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.common.v1.ServiceException;

/**
 * The rule every reader's action on an article shares, written once: it acts on published articles
 * only. Liking and collecting ask it today; commenting and tagging will. A draft, a withdrawn article
 * and one that never existed all answer "not found", so the rule reveals nothing about drafts.
 */
public final class PublishedArticles {

    private final ArticleService articles;

    PublishedArticles(ArticleService articles) {
        this.articles = articles;
    }

    /** Returns when the article is published; otherwise {@code ARTICLE_NOT_FOUND} (404). */
    public void require(long articleId) {
        if (!articles.isPublished(articleId)) {
            throw new ServiceException(ArticleErrorCode.ARTICLE_NOT_FOUND, "no article " + articleId);
        }
    }
}
