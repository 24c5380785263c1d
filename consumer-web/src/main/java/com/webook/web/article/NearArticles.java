package com.webook.web.article;

import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.ArticleView;
import com.webook.governance.feed.NearCopies;

/**
 * Published articles kept in this instance, next to the readers: a view of a popular article costs no call
 * to the article provider. Copies are dropped when the article context announces a change on its change
 * feed ({@link ArticleService#CHANGES_FEED}: published again, withdrawn), moments after the change, and at
 * once on the instance the change went through; while this instance cannot hear the feed every view asks
 * the provider (see {@link NearCopies} for the rules). Only published articles are kept; "not found" is not.
 */
class NearArticles {

    /** What a copy costs besides its text, roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    private final ArticleService articles;
    private final NearCopies<ArticleView> copies;

    NearArticles(ArticleService articles, NearCopies<ArticleView> copies) {
        this.articles = articles;
        this.copies = copies;
    }

    /** Roughly the bytes a copy holds. */
    static int weightOf(ArticleView view) {
        return ENTRY_OVERHEAD + 2 * (length(view.title()) + length(view.content()));
    }

    /**
     * The published article as the provider answers it: from this instance's copy when it may be trusted.
     * Throws what the provider throws ({@code ARTICLE_NOT_FOUND} unless published). Counts no read.
     */
    ArticleView published(long id) {
        return copies.get(id, articles::peekPublished);
    }

    /** This instance's copy of the published article when there is one and it may be trusted, else null. */
    ArticleView copyOf(long id) {
        return copies.copyOf(id);
    }

    /** Drops this instance's copy now, after a change made through it (the feed will say so too). */
    void forget(long id) {
        copies.forget(id);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
