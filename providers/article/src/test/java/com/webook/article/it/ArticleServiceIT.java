package com.webook.article.it;

import static com.webook.provider.support.error.Incidents.assertIncident;
import static com.webook.provider.support.error.Incidents.assertRejected;
import static com.webook.provider.support.error.Incidents.withoutTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.ArticleStatus;
import com.webook.api.article.v1.ArticleSummary;
import com.webook.api.article.v1.ArticleView;
import com.webook.api.article.v1.PublishedPage;
import com.webook.api.article.v1.SaveArticleRequest;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.provider.support.testing.RemoteServices;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The article provider's contract, called over Triple through the etcd registry, against the real stores. */
@ProviderIntegrationTest
class ArticleServiceIT {

    @Autowired
    RemoteServices remote;

    ArticleService articles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    /** Fresh authors per test: their lists hold only what the test wrote. */
    private final long ada = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    private final long bob = ada + 1;

    @BeforeEach
    void providerIsDiscovered() {
        articles = remote.discovered(ArticleService.class);
    }

    @Test
    void aPublishedArticleOfOneMibIsStoredAsGivenInBothLibrariesAndCachedForReaders() {
        String content = "# 标题\n\n" + "字🚀a".repeat(131_070);
        long id = articles.publish(new SaveArticleRequest(ada, 0, "Ада's «first» 🚀", content));

        ArticleView online = articles.getPublished(id, 0, null);
        assertThat(online.content()).isEqualTo(content);
        assertThat(online.title()).isEqualTo("Ада's «first» 🚀");
        assertThat(online.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(articles.getByAuthor(ada, id)).isEqualTo(online);
        assertThat(row("articles", id)).containsEntry("content", content).containsEntry("status", 2);
        assertThat(row("published_articles", id)).containsEntry("content", content).containsEntry("author_id", ada);
        String key = "article:reader:" + id;
        assertThat(redis.opsForValue().get(key)).contains("first");
        assertThat(redis.getExpire(key)).isBetween(29 * 60L, 30 * 60L);
    }

    @Test
    void savingAPublishedArticleMakesItsDraftUnpublishedWhileReadersKeepTheOnlineCopy() {
        long id = articles.publish(new SaveArticleRequest(ada, 0, "v1", "one"));

        assertThat(articles.save(new SaveArticleRequest(ada, id, "v2", "two"))).isEqualTo(id);

        assertThat(articles.getByAuthor(ada, id)).satisfies(draft -> {
            assertThat(draft.title()).isEqualTo("v2");
            assertThat(draft.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        });
        assertThat(articles.getPublished(id, 0, null).title()).isEqualTo("v1");

        articles.publish(new SaveArticleRequest(ada, id, "v3", "three"));
        assertThat(articles.getPublished(id, 0, null).title()).as("republished at once").isEqualTo("v3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            save another's article      | save
            publish another's article   | publish
            withdraw another's article  | withdraw
            read another's draft        | getByAuthor
            """)
    void onlyTheAuthorMayTouchAnArticle(String name, String operation) {
        long id = articles.publish(new SaveArticleRequest(ada, 0, "Ada's", "mine"));
        Map<String, Object> draftBefore = row("articles", id);
        Map<String, Object> onlineBefore = row("published_articles", id);

        assertRejected(as(bob, operation, id), ArticleErrorCode.NOT_AUTHOR);

        assertThat(row("articles", id)).isEqualTo(draftBefore);
        assertThat(row("published_articles", id)).isEqualTo(onlineBefore);
        assertThat(articles.getPublished(id, 0, null).title()).isEqualTo("Ada's");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            save a missing article      | save
            publish a missing article   | publish
            withdraw a missing article  | withdraw
            read a missing draft        | getByAuthor
            read a missing article      | getPublished
            """)
    void aMissingArticleIsNotFound(String name, String operation) {
        long missing = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000 FROM articles", Long.class);

        assertRejected(as(ada, operation, missing), ArticleErrorCode.ARTICLE_NOT_FOUND);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE author_id = ?", Integer.class, ada)).isZero();
    }

    @Test
    void aWithdrawnArticleIsPrivateInBothLibrariesAndReadersGetNothing() {
        long id = articles.publish(new SaveArticleRequest(ada, 0, "soon gone", "text"));
        articles.getPublished(id, 0, null);
        assertThat(articles.isPublished(id)).isTrue();

        articles.withdraw(ada, id);

        assertThat(articles.isPublished(id)).isFalse();
        assertThat(articles.isPublished(0)).isFalse();
        assertThat(articles.isPublished(Long.MAX_VALUE)).isFalse();

        assertRejected(() -> articles.getPublished(id, 0, null), ArticleErrorCode.ARTICLE_NOT_FOUND);
        assertThat(row("articles", id)).containsEntry("status", 3);
        assertThat(row("published_articles", id)).containsEntry("status", 3);
        assertThat(articles.getByAuthor(ada, id).status()).isEqualTo(ArticleStatus.PRIVATE);
        assertThat(articles.listPublished(null, 50).items()).extracting(ArticleSummary::id).doesNotContain(id);

        articles.withdraw(ada, id);
        assertThat(row("published_articles", id)).as("withdrawing again changes nothing").containsEntry("status", 3);
    }

    @Test
    void withdrawingANeverPublishedDraftIsNotFoundAndLeavesTheDraftAsItWas() {
        long id = articles.save(new SaveArticleRequest(ada, 0, "draft", "text"));
        Map<String, Object> before = row("articles", id);

        assertRejected(() -> articles.withdraw(ada, id), ArticleErrorCode.ARTICLE_NOT_FOUND);

        assertThat(row("articles", id)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            no author             | 0     | 0  | title         | text      | authorId
            negative article id   | 1     | -1 | title         | text      | articleId
            no title              | 1     | 0  | NULL          | text      | title
            blank title           | 1     | 0  | '  '          | text      | title
            title of 257          | 1     | 0  | {257}         | text      | title
            no content            | 1     | 0  | title         | NULL      | content
            content over 1 MiB    | 1     | 0  | title         | {1MiB+1}  | content
            """)
    void badDraftsAreRefusedWithTheFieldNamedAndNothingWritten(String name, long author, long articleId, String title,
                                                                String content, String field) {
        long authorId = author == 0 ? 0 : ada;
        String t = "{257}".equals(title) ? "t".repeat(257) : title;
        String c = "{1MiB+1}".equals(content) ? "c".repeat((1 << 20) + 1) : content;

        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> articles.save(new SaveArticleRequest(authorId, articleId, t, c)),
                () -> articles.publish(new SaveArticleRequest(authorId, articleId, t, c)))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(ServiceException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(ArticleErrorCode.INVALID_ARGUMENT);
                assertThat(e.getMessage()).startsWith(field);
            });
        }
        assertRejected(() -> articles.save(null), ArticleErrorCode.INVALID_ARGUMENT);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE author_id = ?", Integer.class, ada)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            author list offset -1   | byAuthor  | -1   | 10
            author list limit 0     | byAuthor  | 0    | 0
            author list limit 101   | byAuthor  | 0    | 101
            public list limit 0     | published | 0    | 0
            public list limit 501   | published | 0    | 501
            """)
    void badPagingIsRefused(String name, String list, int offset, int limit) {
        assertRejected(() -> {
            if (list.equals("byAuthor")) {
                articles.listByAuthor(ada, offset, limit);
            } else {
                articles.listPublished(null, limit);
            }
        }, ArticleErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void publishedSummariesLeaveOutWhatReadersCannotSeeAndKeepTheOrderAsked() {
        long a = articles.publish(new SaveArticleRequest(ada, 0, "a", "x".repeat(300)));
        long b = articles.publish(new SaveArticleRequest(ada, 0, "b", "text"));
        long draft = articles.save(new SaveArticleRequest(ada, 0, "draft", "text"));
        long withdrawn = articles.publish(new SaveArticleRequest(ada, 0, "w", "text"));
        articles.withdraw(ada, withdrawn);

        List<ArticleSummary> found = articles.publishedSummaries(List.of(b, draft, withdrawn, a, b, 999_999_999_999L));

        assertThat(found).extracting(ArticleSummary::id).containsExactly(b, a);
        assertThat(found.get(1).abstractText()).isEqualTo("x".repeat(128));
        assertThat(articles.publishedSummaries(List.of())).isEmpty();
        assertRejected(() -> articles.publishedSummaries(List.of(a, -1L)), ArticleErrorCode.INVALID_ARGUMENT);
        assertRejected(() -> articles.publishedSummaries(LongStream.rangeClosed(1, 501).boxed().toList()),
                ArticleErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void aForeignCursorIsRefused() {
        assertRejected(() -> articles.listPublished("' OR 1=1 --", 10), ArticleErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void theAuthorsFirstPageIsCachedForTenMinutesAndDroppedOnAnyChange() {
        long a = articles.save(new SaveArticleRequest(ada, 0, "a", "x".repeat(300)));
        long b = articles.save(new SaveArticleRequest(ada, 0, "b", "short"));
        String key = "article:first_page:" + ada;

        List<ArticleSummary> list = articles.listByAuthor(ada, 0, 10);
        assertThat(list).extracting(ArticleSummary::id).containsExactly(b, a);
        assertThat(list.get(1).abstractText()).isEqualTo("x".repeat(128));
        assertThat(redis.getExpire(key)).isBetween(9 * 60L, 10 * 60L);
        assertThat(articles.listByAuthor(ada, 0, 1)).extracting(ArticleSummary::id).containsExactly(b);
        assertThat(articles.listByAuthor(ada, 1, 1)).extracting(ArticleSummary::id).containsExactly(a);

        articles.save(new SaveArticleRequest(ada, a, "a2", "edited"));
        assertThat(redis.hasKey(key)).isFalse();
        assertThat(articles.listByAuthor(ada, 0, 10)).extracting(ArticleSummary::title).containsExactly("a2", "b");

        articles.publish(new SaveArticleRequest(ada, b, "b2", "published"));
        assertThat(articles.listByAuthor(ada, 0, 10)).extracting(ArticleSummary::title).containsExactly("b2", "a2");
        articles.withdraw(ada, b);
        assertThat(articles.listByAuthor(ada, 0, 10).get(0).status()).isEqualTo(ArticleStatus.PRIVATE);
    }

    @Test
    void theAuthorsDraftIsCachedForAMinuteAndDroppedWhenSaved() {
        long id = articles.save(new SaveArticleRequest(ada, 0, "d1", "x"));
        String key = "article:draft:" + id;

        articles.getByAuthor(ada, id);
        assertThat(redis.getExpire(key)).isBetween(50L, 60L);

        articles.save(new SaveArticleRequest(ada, id, "d2", "y"));
        assertThat(redis.hasKey(key)).isFalse();
        assertThat(articles.getByAuthor(ada, id).title()).isEqualTo("d2");
    }

    @Test
    void cursorsWalkThePublishedListNewestFirstWithoutGapsOrRepeats() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(articles.publish(new SaveArticleRequest(ada, 0, "p" + i, "text")));
        }
        long withdrawn = mine.remove(2);
        articles.withdraw(ada, withdrawn);
        List<Long> expected = List.of(mine.get(3), mine.get(2), mine.get(1), mine.get(0));

        PublishedPage first = articles.listPublished(null, 4);
        assertThat(first.items()).extracting(ArticleSummary::id).containsExactlyElementsOf(expected);

        List<Long> walked = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 4; page++) {
            PublishedPage one = articles.listPublished(cursor, 1);
            walked.add(one.items().get(0).id());
            cursor = one.nextCursor();
        }
        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(cursor).isNotNull();
    }

    /** What was found: drafts were unlimited. Here an author may have 5 unpublished ones (application-it.yml). */
    @Test
    void anAuthorHasAtMostTheMostUnpublishedDraftsAndPublishingMakesRoom() {
        long first = articles.save(new SaveArticleRequest(ada, 0, "draft 1", "x"));
        for (int i = 2; i <= 5; i++) {
            articles.save(new SaveArticleRequest(ada, 0, "draft " + i, "x"));
        }

        assertRejected(() -> articles.save(new SaveArticleRequest(ada, 0, "one too many", "x")),
                ArticleErrorCode.DRAFT_LIMIT_REACHED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE author_id = ?", Integer.class, ada)).isEqualTo(5);

        articles.publish(new SaveArticleRequest(ada, first, "published now", "x"));
        assertThat(articles.save(new SaveArticleRequest(ada, 0, "room again", "x"))).isPositive();
    }

    /** Publishing as any author, from another platform app or from outside the platform: refused, nothing written. */
    @Test
    void onlyConsumerWebMayCallAndNothingIsWrittenForAnyoneElse() {
        String draft = "{\"authorId\":" + ada + ",\"articleId\":0,\"title\":\"t\",\"content\":\"c\"}";

        remote.assertOnlyAllowedCallers(ArticleService.class, "webook-interactive", "publish", draft);
        remote.assertOnlyAllowedCallers(ArticleService.class, "webook-interactive", "save", draft);
        remote.assertOnlyAllowedCallers(ArticleService.class, "webook-interactive", "publishedSummaries", "[[1,2]]");
        remote.assertOnlyAllowedCallers(ArticleService.class, "webook-interactive", "recordReads",
                "[{\"eventId\":\"e-1\",\"articleId\":1,\"readerId\":5,\"readAtMillis\":1}]");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE author_id = ?", Integer.class, ada)).isZero();
    }

    private ThrowingCallable as(long author, String operation, long id) {
        return switch (operation) {
            case "save" -> () -> articles.save(new SaveArticleRequest(author, id, "taken", "over"));
            case "publish" -> () -> articles.publish(new SaveArticleRequest(author, id, "taken", "over"));
            case "withdraw" -> () -> articles.withdraw(author, id);
            case "getByAuthor" -> () -> articles.getByAuthor(author, id);
            case "getPublished" -> () -> articles.getPublished(id, author, null);
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id);
    }

    @Test
    void aStorageFailureReachesTheCallerAsAnIncidentLoggedOnce() {
        long neverCached = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);

        withoutTable(jdbc, "published_articles",
                () -> assertIncident(PlatformErrorCode.INTERNAL, () -> articles.getPublished(neverCached, 0, null)));
    }
}
