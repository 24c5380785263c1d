package com.webook.article.application;

import java.time.Clock;
import java.time.Instant;

import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleEvents;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.Draft;
import com.webook.governance.text.EventIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves the draft and puts it online in one go, then tells the other contexts. */
public class PublishingArticle {

    private static final Logger log = LoggerFactory.getLogger(PublishingArticle.class);

    private final ArticleRepository articles;
    private final ArticleEvents events;
    private final Clock clock;

    public PublishingArticle(ArticleRepository articles, ArticleEvents events, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    public ArticleId publish(Draft draft) {
        Instant now = clock.instant();
        ArticleId id = articles.publish(draft, now)
                .orElseThrow(() -> AuthorsOnly.refusalOrFailure(articles, draft.id(), draft.authorId()));
        log.info("article {} published by author {}", id, draft.authorId());
        events.publish(new ArticleEvent.Published(EventIds.next(), id, draft.authorId(), draft.title(), now));
        return id;
    }
}
