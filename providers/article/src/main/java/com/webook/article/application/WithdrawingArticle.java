package com.webook.article.application;

import java.time.Clock;

import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes an article private in both libraries: readers stop seeing it, the author still does. */
public class WithdrawingArticle {

    private static final Logger log = LoggerFactory.getLogger(WithdrawingArticle.class);

    private final ArticleRepository articles;
    private final Clock clock;

    public WithdrawingArticle(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    public void withdraw(AuthorId author, ArticleId id) {
        if (articles.withdraw(author, id, clock.instant())) {
            log.info("article {} withdrawn by author {}", id, author);
            return;
        }
        ArticleRejected refusal = AuthorsOnly.refusal(articles, id, author);
        throw refusal != null ? refusal
                : new ArticleRejected(Rejection.ARTICLE_NOT_FOUND, "article " + id + " was never published");
    }
}
