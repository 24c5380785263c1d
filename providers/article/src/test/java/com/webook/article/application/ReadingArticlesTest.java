package com.webook.article.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.PublishedCursor;
import com.webook.article.domain.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadingArticlesTest extends ArticleUseCaseTest {

    @Test
    void eachReadOfAPublishedArticleIsAnnouncedWithItsReader() {
        ArticleId id = published(ADA, "Hello");
        events.events.clear();

        reading.read(id, 77);
        reading.read(id, 0);

        assertThat(events.events).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(ArticleEvent.Read.class));
        assertThat(events.events).extracting(e -> ((ArticleEvent.Read) e).readerId()).containsExactly(77L, 0L);
        assertThat(events.events).extracting(ArticleEvent::eventId).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            never published  | draft
            withdrawn        | withdrawn
            missing          | missing
            """)
    void readersGetNothingButPublishedArticlesAndNoReadIsCounted(String name, String state) {
        long id = switch (state) {
            case "draft" -> saving.save(draft(ADA, 0, "draft")).value();
            case "withdrawn" -> {
                ArticleId published = published(ADA, "gone");
                withdrawing.withdraw(ADA, published);
                yield published.value();
            }
            default -> 404;
        };
        events.events.clear();

        assertRejected(() -> reading.read(new ArticleId(id), 5), Rejection.ARTICLE_NOT_FOUND);
        assertThat(reading.isPublished(new ArticleId(id))).isFalse();
        assertThat(events.events).isEmpty();
    }

    @Test
    void aPublishedArticleIsPublishedAndAskingCountsNoRead() {
        ArticleId id = published(ADA, "Hello");
        events.events.clear();

        assertThat(reading.isPublished(id)).isTrue();
        assertThat(events.events).isEmpty();
    }

    @Test
    void peekingAtAPublishedArticleCountsNoRead() {
        ArticleId id = published(ADA, "Hello");
        events.events.clear();

        assertThat(reading.peek(id).title()).isEqualTo("Hello");
        assertRejected(() -> reading.peek(new ArticleId(404)), Rejection.ARTICLE_NOT_FOUND);
        assertThat(events.events).isEmpty();
    }

    @Test
    void readsServedElsewhereAreCountedUnderTheirOwnEventIdsEvenWhenTheArticleWasWithdrawnSince() {
        ArticleId id = published(ADA, "Hello");
        ArticleId gone = published(ADA, "gone");
        withdrawing.withdraw(ADA, gone);
        events.events.clear();
        Instant at = Instant.parse("2026-11-29T10:00:00Z");

        reading.record(List.of(
                new ReadingArticles.Read("e-1", id, 77, null, at),
                new ReadingArticles.Read("e-2", id, 0, "client-key", at),
                new ReadingArticles.Read("e-3", gone, 78, null, at)));

        assertThat(events.events).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOf(ArticleEvent.Read.class));
        assertThat(events.events).extracting(ArticleEvent::eventId).containsExactly("e-1", "e-2", "e-3");
        assertThat(events.events).extracting(e -> ((ArticleEvent.Read) e).readerKey())
                .containsExactly("user:77", "client:client-key", "user:78");
        assertThat(events.events).extracting(e -> ((ArticleEvent.Read) e).at()).containsOnly(at);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a negative reader          | e-9 | -1 | key
            a malformed client key     | e-9 | 0  | no spaces
            a missing event id         |     | 5  |
            a malformed event id       | a b | 5  |
            """)
    void aBatchWithOneBadReadCountsNone(String name, String eventId, long readerId, String anonymous) {
        ArticleId id = published(ADA, "Hello");
        events.events.clear();
        Instant at = Instant.now();

        assertRejected(() -> reading.record(List.of(new ReadingArticles.Read("e-1", id, 5, null, at),
                new ReadingArticles.Read(eventId, id, readerId, anonymous, at))), Rejection.INVALID_ARGUMENT);
        assertThat(events.events).isEmpty();
    }

    @Test
    void aBatchOfMoreThanAThousandReadsIsRefused() {
        ArticleId id = published(ADA, "Hello");
        events.events.clear();
        List<ReadingArticles.Read> many = new ArrayList<>();
        for (int i = 0; i <= ReadingArticles.MAX_READS; i++) {
            many.add(new ReadingArticles.Read("e-" + i, id, 5, null, Instant.now()));
        }

        assertRejected(() -> reading.record(many), Rejection.INVALID_ARGUMENT);
        assertThat(events.events).isEmpty();
    }

    @Test
    void aNegativeReaderIsRefused() {
        ArticleId id = published(ADA, "Hello");

        assertThatThrownBy(() -> reading.read(id, -1)).hasMessageStartingWith("readerId");
        assertRejected(() -> reading.read(id, -1), Rejection.INVALID_ARGUMENT);
    }

    @Test
    void pagesWalkEveryPublishedArticleOnceNewestFirst() {
        List<ArticleId> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(published(i % 2 == 0 ? ADA : BOB, "t" + i));
        }
        withdrawing.withdraw(ADA, ids.get(2));
        saving.save(draft(ADA, 0, "unpublished"));

        List<ArticleId> walked = new ArrayList<>();
        PublishedCursor cursor = null;
        int pages = 0;
        do {
            ReadingArticles.Page page = reading.list(cursor, 3);
            page.items().stream().map(ArticleSummary::id).forEach(walked::add);
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(walked).containsExactly(ids.get(6), ids.get(5), ids.get(4), ids.get(3), ids.get(1), ids.get(0));
        assertThat(pages).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero limit      | 0
            negative limit  | -3
            limit over 500  | 501
            """)
    void badLimitsAreRefused(String name, int limit) {
        assertRejected(() -> reading.list(null, limit), Rejection.INVALID_ARGUMENT);
    }
}
