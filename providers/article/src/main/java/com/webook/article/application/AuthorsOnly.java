package com.webook.article.application;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.AuthorId;

/** Why a change to an article was not made: it does not exist, or it is someone else's. */
final class AuthorsOnly {

    private AuthorsOnly() {
    }

    /** The refusal for a change that touched nothing; null when the article is the author's after all. */
    static ArticleRejected refusal(ArticleRepository articles, ArticleId id, AuthorId author) {
        Article draft = articles.findDraft(id).orElse(null);
        if (draft == null) {
            return ArticleRejected.notFound(id.value());
        }
        if (!draft.isWrittenBy(author)) {
            return ArticleRejected.notAuthor(id);
        }
        return null;
    }

    /** The refusal for a change that touched nothing although it should have. */
    static ArticleRejected refusalOrFailure(ArticleRepository articles, ArticleId id, AuthorId author) {
        ArticleRejected refusal = refusal(articles, id, author);
        if (refusal == null) {
            // The author's article, yet the write touched no row: it went between the write and the read.
            throw new IllegalStateException("article " + id + " changed while it was written");
        }
        return refusal;
    }
}
