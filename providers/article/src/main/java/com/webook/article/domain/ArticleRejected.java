package com.webook.article.domain;

import com.webook.provider.support.error.Rejected;

/**
 * A request the rules refuse. The message is written for the end user: it names the field and the
 * rule, never internal details.
 */
public final class ArticleRejected extends Rejected {

    private final Rejection rejection;

    public ArticleRejected(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    public static ArticleRejected invalid(String message) {
        return new ArticleRejected(Rejection.INVALID_ARGUMENT, message);
    }

    public static ArticleRejected notFound(long articleId) {
        return new ArticleRejected(Rejection.ARTICLE_NOT_FOUND, "no article " + articleId);
    }

    public static ArticleRejected notAuthor(ArticleId id) {
        return new ArticleRejected(Rejection.NOT_AUTHOR, "article " + id + " belongs to another author");
    }

    @Override
    public Rejection rejection() {
        return rejection;
    }
}
