package com.webook.article.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.infrastructure.cache.ArticleCache;
import com.webook.article.infrastructure.cache.CacheLookup;
import com.webook.article.infrastructure.cache.LocalReaderCache;
import com.webook.governance.testkit.Concurrently;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/** The reader path's levels and the order of a change's steps, with the stores replaced by fakes. */
class CachedArticleRepositoryTest {

    private static final ArticleId ID = new ArticleId(42);
    private static final AuthorId ADA = new AuthorId(7);

    private final MybatisArticleDao dao = mock(MybatisArticleDao.class);
    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final RecordingCache cache = new RecordingCache();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LocalReaderCache local = new LocalReaderCache(Duration.ofSeconds(30), 1 << 20, meters);
    private final CachedArticleRepository articles = new CachedArticleRepository(dao, new RecordingTransactions(),
            cache, local, id -> steps.add("broadcast " + id), meters);

    private static ArticleRow online(ArticleStatus status) {
        return new ArticleRow(ID.value(), ADA.value(), "title", "content", status.value(), 1_000, 2_000);
    }

    @Test
    void aLocalHitTouchesNeitherRedisNorMySql() {
        when(dao.findOnline(ID.value())).thenReturn(online(ArticleStatus.PUBLISHED));
        articles.findPublished(ID);
        steps.clear();

        for (int i = 0; i < 100; i++) {
            assertThat(articles.findPublished(ID)).map(Article::title).contains("title");
        }

        assertThat(steps).isEmpty();
        verify(dao, times(1)).findOnline(ID.value());
        assertThat(meters.get("cache.gets").tag("cache", "article.reader.local").tag("result", "hit")
                .functionCounter().count()).isEqualTo(100);
    }

    @Test
    void aMissGoesToRedisThenMySqlAndKeepsWhatItReadInRedis() {
        when(dao.findOnline(ID.value())).thenReturn(online(ArticleStatus.PUBLISHED));

        assertThat(articles.findPublished(ID)).isPresent();

        assertThat(steps).containsExactly("getPublished 42", "fill 42 present");
    }

    @Test
    void anUnpublishedCopyIsAbsentForReadersAndRememberedSo() {
        when(dao.findOnline(ID.value())).thenReturn(online(ArticleStatus.PRIVATE));

        assertThat(articles.findPublished(ID)).isEmpty();
        assertThat(articles.findPublished(ID)).isEmpty();

        assertThat(steps).containsExactly("getPublished 42", "fill 42 absent");
        verify(dao, times(1)).findOnline(ID.value());
    }

    @Test
    void aRedisHitSparesMySql() {
        cache.published = CacheLookup.of(online(ArticleStatus.PUBLISHED).toArticle());

        assertThat(articles.findPublished(ID)).isPresent();

        verify(dao, never()).findOnline(anyLong());
    }

    @Test
    void whenRedisFailsReadersGetMySqlAndTheFailureIsCounted() {
        cache.failing = true;
        when(dao.findOnline(ID.value())).thenReturn(online(ArticleStatus.PUBLISHED));

        assertThat(articles.findPublished(ID)).isPresent();

        assertThat(meters.get("webook.cache.degraded").tag("operation", "getPublished").counter().count()).isEqualTo(1);
        assertThat(meters.get("webook.cache.degraded").tag("operation", "fill").counter().count()).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentMissesOnOneIdLoadItOnce() throws Exception {
        when(dao.findOnline(ID.value())).thenAnswer(call -> {
            Thread.sleep(200);
            return online(ArticleStatus.PUBLISHED);
        });
        assertThat(Concurrently.all(50, () -> articles.findPublished(ID))).allMatch(Optional::isPresent);
        verify(dao, times(1)).findOnline(ID.value());
        assertThat(steps).filteredOn(step -> step.startsWith("getPublished")).hasSize(1);
    }

    @Test
    void publishCommitsThenWarmsRedisThenDropsLocalCopiesEverywhere() {
        when(dao.updateDraft(eq(ID.value()), eq(ADA.value()), anyString(), anyString(), anyInt(), anyLong())).thenReturn(1);
        when(dao.findOnline(ID.value())).thenReturn(online(ArticleStatus.PUBLISHED));

        assertThat(articles.publish(Draft.of(ADA.value(), ID.value(), "title", "content"), Instant.now())).contains(ID);

        assertThat(steps).containsExactly("begin", "commit", "putPublished 42", "broadcast 42", "evictAuthor 7 42");
    }

    @Test
    void aWithdrawThatFindsNoOnlineCopyIsRolledBackAndTouchesNoCache() {
        when(dao.updateDraftStatus(ID.value(), ADA.value(), 3, 5_000)).thenReturn(1);
        when(dao.updatePublishedStatus(ID.value(), ADA.value(), 3, 5_000)).thenReturn(0);

        assertThat(articles.withdraw(ADA, ID, Instant.ofEpochMilli(5_000))).isFalse();

        assertThat(steps).containsExactly("begin", "rollback");
    }

    @Test
    void aWithdrawCommitsThenMarksTheArticleAbsentForReadersEverywhere() {
        when(dao.updateDraftStatus(ID.value(), ADA.value(), 3, 5_000)).thenReturn(1);
        when(dao.updatePublishedStatus(ID.value(), ADA.value(), 3, 5_000)).thenReturn(1);

        assertThat(articles.withdraw(ADA, ID, Instant.ofEpochMilli(5_000))).isTrue();

        assertThat(steps).containsExactly("begin", "commit", "putAbsent 42", "broadcast 42", "evictAuthor 7 42");
    }

    /** Runs the callback as a transaction would, recording whether it committed. */
    private final class RecordingTransactions implements TransactionOperations {

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            steps.add("begin");
            TransactionStatus status = new SimpleTransactionStatus();
            T result = action.doInTransaction(status);
            steps.add(status.isRollbackOnly() ? "rollback" : "commit");
            return result;
        }
    }

    /** Records each call; answers misses (or {@link #published}); throws every time when failing. */
    private final class RecordingCache implements ArticleCache {

        volatile boolean failing;
        volatile CacheLookup published = CacheLookup.MISS;

        private void step(String step) {
            if (failing) {
                throw new IllegalStateException("Redis is down");
            }
            steps.add(step);
        }

        @Override
        public CacheLookup getPublished(ArticleId id) {
            step("getPublished " + id);
            return published;
        }

        @Override
        public void putPublished(Article article) {
            step("putPublished " + article.id());
        }

        @Override
        public void putAbsent(ArticleId id) {
            step("putAbsent " + id);
        }

        @Override
        public void fill(ArticleId id, Optional<Article> read) {
            step("fill " + id + (read.isPresent() ? " present" : " absent"));
        }

        @Override
        public Optional<Article> getDraft(ArticleId id) {
            step("getDraft " + id);
            return Optional.empty();
        }

        @Override
        public void putDraft(Article draft) {
            step("putDraft " + draft.id());
        }

        @Override
        public Optional<List<ArticleSummary>> getFirstPage(AuthorId author) {
            step("getFirstPage " + author);
            return Optional.empty();
        }

        @Override
        public void putFirstPage(AuthorId author, List<ArticleSummary> page) {
            step("putFirstPage " + author);
        }

        @Override
        public void evictAuthor(AuthorId author, ArticleId changed) {
            step("evictAuthor " + author + " " + changed);
        }
    }
}
