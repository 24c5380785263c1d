package com.webook.article.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
