package com.webook.article.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.infrastructure.cache.ArticleCache;
import com.webook.article.infrastructure.cache.LocalReaderCache;
import com.webook.article.infrastructure.persistence.CachedArticleRepository;
import com.webook.article.infrastructure.persistence.MybatisArticleDao;
import com.webook.governance.testkit.Concurrently;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repository against the real MariaDB and Redis: changes are all or nothing, and the reader path
 * loads each id once, remembers absences, and is warmed by publishing.
 */
@ProviderIntegrationTest
class ArticleRepositoryIT {

    @Autowired
    MybatisArticleDao realDao;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ArticleCache cache;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    private final AuthorId ada = new AuthorId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
    private DaoSpy spy;

    private CachedArticleRepository repository() {
        spy = new DaoSpy(realDao);
        return new CachedArticleRepository(spy.dao, transactions, cache,
                new LocalReaderCache(Duration.ofSeconds(30), 16 << 20, new SimpleMeterRegistry()), id -> { },
                new SimpleMeterRegistry());
    }

    @Test
    void aPublishWhoseOnlineWriteFailsLeavesTheDraftAsItWas() {
        CachedArticleRepository articles = repository();
        ArticleId id = articles.create(Draft.of(ada.value(), 0, "draft", "before"), Instant.now(), 1000).orElseThrow();
        Map<String, Object> before = row("articles", id.value());
        spy.fail("upsertPublished");

        assertThatThrownBy(() -> articles.publish(Draft.of(ada.value(), id.value(), "new title", "after"), Instant.now()))
                .isInstanceOf(DataAccessException.class);

        assertThat(spy.calls("updateDraft")).as("the draft was written, then rolled back").isEqualTo(1);
        assertThat(row("articles", id.value())).isEqualTo(before);
        assertThat(count("published_articles", id.value())).isZero();
    }

    @Test
    void aFirstPublishWhoseOnlineWriteFailsLeavesNoDraftAtAll() {
        CachedArticleRepository articles = repository();
        String title = "never " + UUID.randomUUID();
        spy.fail("upsertPublished");

        assertThatThrownBy(() -> articles.publish(Draft.of(ada.value(), 0, title, "x"), Instant.now()))
                .isInstanceOf(DataAccessException.class);

        assertThat(spy.calls("insertDraft")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM articles WHERE title = ?", Integer.class, title)).isZero();
    }

    @Test
    void withdrawingANeverPublishedDraftRollsBackTheDraftUpdate() {
        CachedArticleRepository articles = repository();
        ArticleId id = articles.create(Draft.of(ada.value(), 0, "draft", "text"), Instant.now(), 1000).orElseThrow();
        Map<String, Object> before = row("articles", id.value());

        assertThat(articles.withdraw(ada, id, Instant.now().plusSeconds(5))).isFalse();

        assertThat(spy.calls("updateDraftStatus")).isEqualTo(1);
        assertThat(spy.calls("updatePublishedStatus")).isEqualTo(1);
        assertThat(row("articles", id.value())).isEqualTo(before);
    }

    @Test
    void publishingWarmsTheReaderEntryAndWithdrawingReplacesItWithAnAbsence() {
        CachedArticleRepository articles = repository();
        ArticleId id = articles.publish(Draft.of(ada.value(), 0, "warm", "text"), Instant.now()).orElseThrow();
        String key = "article:reader:" + id;

        assertThat(redis.opsForValue().get(key)).contains("\"title\":\"warm\"");
        assertThat(redis.getExpire(key)).isBetween(29 * 60L, 30 * 60L);
        assertThat(articles.findPublished(id)).map(Article::title).contains("warm");
        assertThat(spy.calls("findOnline")).as("read back once in the publish, never by the reader").isEqualTo(1);

        articles.withdraw(ada, id, Instant.now());

        assertThat(redis.getExpire(key)).isBetween(1L, 60L);
        assertThat(articles.findPublished(id)).isEmpty();
        assertThat(spy.calls("findOnline")).isEqualTo(1);
    }

    @Test
    void missingAndUnpublishedIdsAreRememberedAsAbsentInBothLevels() {
        CachedArticleRepository articles = repository();
        ArticleId draftOnly = articles.create(Draft.of(ada.value(), 0, "draft", "text"), Instant.now(), 1000).orElseThrow();
        ArticleId missing = new ArticleId(jdbc.queryForObject("SELECT MAX(id) + 1000 FROM articles", Long.class));
        redis.delete(List.of("article:reader:" + draftOnly, "article:reader:" + missing));

        for (int i = 0; i < 3; i++) {
            assertThat(articles.findPublished(draftOnly)).isEmpty();
            assertThat(articles.findPublished(missing)).isEmpty();
        }
        assertThat(spy.calls("findOnline")).as("once per id").isEqualTo(2);
        assertThat(redis.getExpire("article:reader:" + missing)).isBetween(1L, 60L);

        CachedArticleRepository otherInstance = repository();
        assertThat(otherInstance.findPublished(missing)).isEmpty();
        assertThat(otherInstance.findPublished(draftOnly)).isEmpty();
        assertThat(spy.calls("findOnline")).as("another instance finds the absences in Redis").isZero();
    }

    @Test
    void fiftyConcurrentReadersOfAnExpiredEntryLoadItOnce() throws Exception {
        ArticleId id = repository().publish(Draft.of(ada.value(), 0, "hot", "text"), Instant.now()).orElseThrow();
        redis.delete("article:reader:" + id);
        CachedArticleRepository articles = repository();
        spy.slow("findOnline", 200);

        List<Optional<Article>> answers = Concurrently.all(50, () -> articles.findPublished(id));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).map(Article::title).contains("hot"));
        assertThat(spy.calls("findOnline")).isEqualTo(1);
    }

    @Test
    void theAuthorsFirstPageServesEverySmallerOffsetZeroList() {
        CachedArticleRepository articles = repository();
        for (int i = 0; i < 3; i++) {
            articles.create(Draft.of(ada.value(), 0, "t" + i, "text"), Instant.now().plusMillis(i), 1000);
        }

        assertThat(articles.findByAuthor(ada, 0, 3)).hasSize(3);
        assertThat(articles.findByAuthor(ada, 0, 2)).hasSize(2);
        assertThat(articles.findByAuthor(ada, 0, 100)).hasSize(3);

        assertThat(spy.calls("listByAuthor")).isEqualTo(1);
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id);
    }

    private int count(String table, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE id = ?", Integer.class, id);
    }
}
