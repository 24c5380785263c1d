package com.webook.article.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.Rejection;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Saving, publishing, withdrawing and the author's own views. */
class AuthoringArticlesTest extends ArticleUseCaseTest {

    @Test
    void aNewDraftIsUnpublishedAndOnlyInTheAuthorsLibrary() {
        ArticleId id = saving.save(draft(ADA, 0, "First"));

        Article stored = own.one(ADA, id);
        assertThat(stored.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(stored.title()).isEqualTo("First");
        assertThat(articles.online).isEmpty();
        assertThat(events.events).isEmpty();
    }

    @Test
    void anAuthorHasAtMostTheMostUnpublishedDraftsAndPublishingMakesRoom() {
        ArticleId first = saving.save(draft(ADA, 0, "one"));
        for (int i = 2; i <= MAX_DRAFTS; i++) {
            saving.save(draft(ADA, 0, "draft " + i));
        }
        saving.save(draft(BOB, 0, "others are not counted"));

        assertRejected(() -> saving.save(draft(ADA, 0, "one too many")), Rejection.DRAFT_LIMIT_REACHED);
        assertThat(saving.save(draft(ADA, first.value(), "editing one that exists"))).isEqualTo(first);

        publishing.publish(draft(ADA, first.value(), "now published"));
        assertThat(saving.save(draft(ADA, 0, "room again"))).isNotNull();
    }

    @Test
    void savingAPublishedArticleMakesTheDraftUnpublishedAndLeavesTheOnlineCopy() {
        ArticleId id = published(ADA, "v1");

        assertThat(saving.save(draft(ADA, id.value(), "v2"))).isEqualTo(id);

        assertThat(own.one(ADA, id).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(own.one(ADA, id).title()).isEqualTo("v2");
        assertThat(reading.read(id, 0).title()).as("readers keep v1 until it is republished").isEqualTo("v1");
    }

    @Test
    void publishingPutsTheDraftOnlineAndAnnouncesIt() {
        ArticleId id = published(ADA, "Hello");

        assertThat(own.one(ADA, id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        Article online = reading.read(id, 0);
        assertThat(online.title()).isEqualTo("Hello");
        assertThat(online.content()).isEqualTo("content of Hello");
        assertThat(events.events.get(0)).isInstanceOfSatisfying(ArticleEvent.Published.class, e -> {
            assertThat(e.articleId()).isEqualTo(id);
            assertThat(e.authorId()).isEqualTo(ADA);
            assertThat(e.title()).isEqualTo("Hello");
            assertThat(e.eventId()).hasSize(36);
        });
    }

    @Test
    void republishingReplacesTheOnlineCopyUnderTheSameIdAndKeepsItsCreationTime() {
        ArticleId id = published(ADA, "v1");
        Article first = reading.read(id, 0);

        assertThat(publishing.publish(draft(ADA, id.value(), "v2"))).isEqualTo(id);

        Article second = reading.read(id, 0);
        assertThat(second.title()).isEqualTo("v2");
        assertThat(second.createdAt()).isEqualTo(first.createdAt());
        assertThat(second.updatedAt()).isAfter(first.updatedAt());
        assertThat(events.events).filteredOn(ArticleEvent.Published.class::isInstance).hasSize(2)
                .extracting(ArticleEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void withdrawingMakesBothCopiesPrivateAndHidesItFromReaders() {
        ArticleId id = published(ADA, "Hello");

        withdrawing.withdraw(ADA, id);

        assertThat(articles.drafts.get(id).status()).isEqualTo(ArticleStatus.PRIVATE);
        assertThat(articles.online.get(id).status()).isEqualTo(ArticleStatus.PRIVATE);
        assertRejected(() -> reading.read(id, 0), Rejection.ARTICLE_NOT_FOUND);
        assertThat(own.one(ADA, id).title()).as("the author still sees it").isEqualTo("Hello");
    }

    @Test
    void withdrawingANeverPublishedDraftIsNotFoundAndChangesNothing() {
        ArticleId id = saving.save(draft(ADA, 0, "Draft"));

        assertRejected(() -> withdrawing.withdraw(ADA, id), Rejection.ARTICLE_NOT_FOUND);

        assertThat(own.one(ADA, id).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            save another's article        | save
            publish another's article     | publish
            withdraw another's article    | withdraw
            read another's draft          | getByAuthor
            """)
    void onlyTheAuthorMayTouchAnArticle(String name, String operation) {
        ArticleId id = published(ADA, "Ada's");
        Map<ArticleId, Article> draftsBefore = Map.copyOf(articles.drafts);
        Map<ArticleId, Article> onlineBefore = Map.copyOf(articles.online);
        int eventsBefore = events.events.size();

        assertRejected(asBob(operation, id.value()), Rejection.NOT_AUTHOR);

        assertThat(articles.drafts).isEqualTo(draftsBefore);
        assertThat(articles.online).isEqualTo(onlineBefore);
        assertThat(events.events).hasSize(eventsBefore);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            save a missing article        | save
            publish a missing article     | publish
            withdraw a missing article    | withdraw
            read a missing draft          | getByAuthor
            """)
    void aMissingArticleIsNotFound(String name, String operation) {
        assertRejected(asBob(operation, 404), Rejection.ARTICLE_NOT_FOUND);

        assertThat(articles.drafts).isEmpty();
        assertThat(articles.online).isEmpty();
        assertThat(events.events).isEmpty();
    }

    private ThrowingCallable asBob(String operation, long id) {
        return switch (operation) {
            case "save" -> () -> saving.save(draft(BOB, id, "Bob's now"));
            case "publish" -> () -> publishing.publish(draft(BOB, id, "Bob's now"));
            case "withdraw" -> () -> withdrawing.withdraw(BOB, new ArticleId(id));
            case "getByAuthor" -> () -> own.one(BOB, new ArticleId(id));
            default -> throw new IllegalArgumentException(operation);
        };
    }

    @Test
    void theAuthorsListIsNewestUpdatedFirstWithAbstractsOnly() {
        ArticleId a = saving.save(draft(ADA, 0, "a"));
        ArticleId b = saving.save(draft(ADA, 0, "b"));
        saving.save(draft(BOB, 0, "bob's"));
        ArticleId c = saving.save(draft(ADA, 0, "c"));
        saving.save(draft(ADA, a.value(), "a again"));

        List<ArticleSummary> all = own.list(ADA, 0, 100);
        assertThat(all).extracting(ArticleSummary::id).containsExactly(a, c, b);
        assertThat(all.get(0).abstractText()).isEqualTo("content of a again");
        assertThat(own.list(ADA, 1, 1)).extracting(ArticleSummary::id).containsExactly(c);
        assertThat(own.list(ADA, 3, 10)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative offset  | -1 | 10  | offset must not be negative
            zero limit       | 0  | 0   | limit must be 1 to 100
            limit over 100   | 0  | 101 | limit must be 1 to 100
            """)
    void badPagingIsRefused(String name, int offset, int limit, String message) {
        assertRejected(() -> own.list(ADA, offset, limit), Rejection.INVALID_ARGUMENT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.list(ADA, offset, limit)).hasMessage(message);
    }
}
