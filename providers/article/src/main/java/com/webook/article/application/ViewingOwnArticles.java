package com.webook.article.application;

import java.util.List;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;

/** An author's own library: the list of their drafts and each draft in full. */
public class ViewingOwnArticles {

    public static final int MAX_LIMIT = 100;

    private final ArticleRepository articles;

    public ViewingOwnArticles(ArticleRepository articles) {
        this.articles = articles;
    }

    public List<ArticleSummary> list(AuthorId author, int offset, int limit) {
        if (offset < 0) {
            throw ArticleRejected.invalid("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ArticleRejected.invalid("limit must be 1 to 100");
        }
        return articles.findByAuthor(author, offset, limit);
    }

    public Article one(AuthorId author, ArticleId id) {
        Article draft = articles.findDraft(id).orElseThrow(() -> ArticleRejected.notFound(id.value()));
        if (!draft.isWrittenBy(author)) {
            throw ArticleRejected.notAuthor(id);
        }
        return draft;
    }
}
