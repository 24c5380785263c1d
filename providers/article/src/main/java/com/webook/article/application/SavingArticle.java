package com.webook.article.application;

import java.time.Clock;

import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.Draft;
import com.webook.article.domain.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or updates a draft. Saving a published article makes its draft unpublished; readers keep the
 * online copy until the author publishes again. An author has at most {@code maxDrafts} unpublished drafts.
 */
public class SavingArticle {

    private static final Logger log = LoggerFactory.getLogger(SavingArticle.class);

    private final ArticleRepository articles;
    private final Clock clock;
    private final int maxDrafts;

    public SavingArticle(ArticleRepository articles, Clock clock, int maxDrafts) {
        this.articles = articles;
        this.clock = clock;
        this.maxDrafts = maxDrafts;
    }

    public ArticleId save(Draft draft) {
        if (draft.isNew()) {
            ArticleId id = articles.create(draft, clock.instant(), maxDrafts).orElseThrow(() -> new ArticleRejected(
                    Rejection.DRAFT_LIMIT_REACHED, "you have " + maxDrafts
                    + " unpublished drafts, the most one may have; publish or finish one first"));
            log.info("article {} created by author {}", id, draft.authorId());
            return id;
        }
        if (!articles.update(draft, clock.instant())) {
            throw AuthorsOnly.refusalOrFailure(articles, draft.id(), draft.authorId());
        }
        return draft.id();
    }
}
