package com.webook.article.infrastructure.cache;

import java.util.List;
import java.util.Optional;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;

/**
 * The shared cache of articles, for every instance. Implementations throw when their store fails; the
 * repository degrades to MySQL.
 */
public interface ArticleCache {

    /** The online copy readers get, that they get nothing, or a miss. */
    CacheLookup getPublished(ArticleId id);

    /** A change just committed: replaces whatever is cached for readers. */
    void putPublished(Article article);

    /** A change just committed: readers get nothing (for a short while, then MySQL is asked again). */
    void putAbsent(ArticleId id);

    /** After a read from MySQL: keeps what was read unless a writer has put something meanwhile. */
    void fill(ArticleId id, Optional<Article> read);

    Optional<Article> getDraft(ArticleId id);

    void putDraft(Article draft);

    Optional<List<ArticleSummary>> getFirstPage(AuthorId author);

    void putFirstPage(AuthorId author, List<ArticleSummary> page);

    /** Drops the author's first page and, when not null, the draft that changed. */
    void evictAuthor(AuthorId author, ArticleId changed);
}
