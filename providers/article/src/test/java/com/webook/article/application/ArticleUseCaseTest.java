package com.webook.article.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.domain.Rejection;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The use cases wired to the in-memory repository, with a clock that moves one second per reading. */
abstract class ArticleUseCaseTest {

    static final AuthorId ADA = new AuthorId(1);
    static final AuthorId BOB = new AuthorId(2);
    /** Small, so that a test can reach it. */
    static final int MAX_DRAFTS = 3;

    final InMemoryArticleRepository articles = new InMemoryArticleRepository();
    final RecordedEvents events = new RecordedEvents();
    final Clock clock = new Clock() {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };
    final SavingArticle saving = new SavingArticle(articles, clock, MAX_DRAFTS);
    final PublishingArticle publishing = new PublishingArticle(articles, events, clock);
    final WithdrawingArticle withdrawing = new WithdrawingArticle(articles, clock);
    final ViewingOwnArticles own = new ViewingOwnArticles(articles);
    final ReadingArticles reading = new ReadingArticles(articles, events, clock);

    static Draft draft(AuthorId author, long id, String title) {
        return Draft.of(author.value(), id, title, "content of " + title);
    }

    ArticleId published(AuthorId author, String title) {
        return publishing.publish(draft(author, 0, title));
    }

    static void assertRejected(ThrowingCallable call, Rejection rejection) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ArticleRejected.class,
                r -> assertThat(r.rejection()).isEqualTo(rejection));
    }
}
