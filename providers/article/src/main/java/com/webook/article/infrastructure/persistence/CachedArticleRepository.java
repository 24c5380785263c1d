package com.webook.article.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.domain.PublishedCursor;
import com.webook.article.infrastructure.cache.ArticleCache;
import com.webook.article.infrastructure.cache.CacheInvalidations;
import com.webook.article.infrastructure.cache.CacheLookup;
import com.webook.article.infrastructure.cache.LocalReaderCache;
import com.webook.article.infrastructure.cache.RedisArticleCache;
import com.webook.provider.support.cache.CacheFallback;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * MySQL behind the caches, which this repository owns (cache-aside).
 *
 * <p>Reader path: {@link LocalReaderCache} (this JVM) → {@link ArticleCache} (Redis, shared) → MySQL,
 * each level filled from the next, absences included. Changes commit first, then write the new state to
 * Redis (publish warms the reader entry, withdraw writes an absent one), drop the local copy here and
 * broadcast the id so every other instance drops its copy too.
 *
 * <p>The caches are an optimisation, never a dependency: when Redis fails, reads go to MySQL and the
 * failure is logged and counted ({@code webook.cache.degraded}).
 */
public class CachedArticleRepository implements ArticleRepository {

    private static final Logger log = LoggerFactory.getLogger(CachedArticleRepository.class);

    private final MybatisArticleDao dao;
    private final TransactionOperations transactions;
    private final ArticleCache cache;
    private final LocalReaderCache local;
    private final CacheInvalidations invalidations;
    private final CacheFallback fallback;
    private final Counter redisHits;
    private final Counter redisMisses;

    public CachedArticleRepository(MybatisArticleDao dao, TransactionOperations transactions, ArticleCache cache,
                                   LocalReaderCache local, CacheInvalidations invalidations, MeterRegistry meters) {
        this.dao = dao;
        this.transactions = transactions;
        this.cache = cache;
        this.local = local;
        this.invalidations = invalidations;
        this.fallback = new CacheFallback("article", meters);
        this.redisHits = meters.counter("webook.cache.lookups", "cache", "article_reader", "level", "redis", "result", "hit");
        this.redisMisses = meters.counter("webook.cache.lookups", "cache", "article_reader", "level", "redis", "result", "miss");
    }

    @Override
    public Optional<ArticleId> create(Draft draft, Instant now, int maxDrafts) {
        NewArticleRow row = new NewArticleRow(draft, ArticleStatus.UNPUBLISHED, now.toEpochMilli());
        if (dao.insertDraftUnderLimit(row, maxDrafts) == 0) {
            return Optional.empty();
        }
        evictAuthor(draft.authorId(), null);
        return Optional.of(new ArticleId(row.getId()));
    }

    @Override
    public boolean update(Draft draft, Instant now) {
        int updated = dao.updateDraft(draft.id().value(), draft.authorId().value(), draft.title(), draft.content(),
                ArticleStatus.UNPUBLISHED.value(), now.toEpochMilli());
        if (updated != 1) {
            return false;
        }
        evictAuthor(draft.authorId(), draft.id());
        return true;
    }

    @Override
    public Optional<ArticleId> publish(Draft draft, Instant now) {
        ArticleRow online = transactions.execute(tx -> {
            long id;
            if (draft.isNew()) {
                NewArticleRow row = new NewArticleRow(draft, ArticleStatus.PUBLISHED, now.toEpochMilli());
                dao.insertDraft(row);
                id = row.getId();
            } else if (dao.updateDraft(draft.id().value(), draft.authorId().value(), draft.title(), draft.content(),
                    ArticleStatus.PUBLISHED.value(), now.toEpochMilli()) == 1) {
                id = draft.id().value();
            } else {
                return null;
            }
            dao.upsertPublished(id, draft.authorId().value(), draft.title(), draft.content(),
                    ArticleStatus.PUBLISHED.value(), now.toEpochMilli());
            return dao.findOnline(id);
        });
        if (online == null) {
            return Optional.empty();
        }
        Article published = online.toArticle();
        fallback.run("putPublished", () -> cache.putPublished(published));
        readersChanged(published.id());
        evictAuthor(draft.authorId(), published.id());
        return Optional.of(published.id());
    }

    @Override
    public boolean withdraw(AuthorId author, ArticleId id, Instant now) {
        int privateStatus = ArticleStatus.PRIVATE.value();
        boolean withdrawn = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (dao.updateDraftStatus(id.value(), author.value(), privateStatus, now.toEpochMilli()) == 1
                    && dao.updatePublishedStatus(id.value(), author.value(), privateStatus, now.toEpochMilli()) == 1) {
                return true;
            }
            tx.setRollbackOnly();
            return false;
        }));
        if (!withdrawn) {
            return false;
        }
        fallback.run("putAbsent", () -> cache.putAbsent(id));
        readersChanged(id);
        evictAuthor(author, id);
        return true;
    }

    @Override
    public Optional<Article> findDraft(ArticleId id) {
        Optional<Article> cached = fallback.get("getDraft", () -> cache.getDraft(id)).flatMap(hit -> hit);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<Article> stored = Optional.ofNullable(dao.findDraft(id.value())).map(ArticleRow::toArticle);
        stored.ifPresent(draft -> fallback.run("putDraft", () -> cache.putDraft(draft)));
        return stored;
    }

    @Override
    public List<ArticleSummary> findByAuthor(AuthorId author, int offset, int limit) {
        if (offset > 0 || limit > RedisArticleCache.FIRST_PAGE) {
            return summaries(dao.listByAuthor(author.value(), offset, limit));
        }
        List<ArticleSummary> firstPage = fallback.get("getFirstPage", () -> cache.getFirstPage(author))
                .flatMap(hit -> hit)
                .orElseGet(() -> {
                    List<ArticleSummary> loaded = summaries(dao.listByAuthor(author.value(), 0, RedisArticleCache.FIRST_PAGE));
                    fallback.run("putFirstPage", () -> cache.putFirstPage(author, loaded));
                    return loaded;
                });
        return firstPage.subList(0, Math.min(limit, firstPage.size()));
    }

    @Override
    public Optional<Article> findPublished(ArticleId id) {
        return local.get(id, this::loadPublished);
    }

    @Override
    public List<ArticleSummary> findPublished(PublishedCursor after, int limit) {
        int published = ArticleStatus.PUBLISHED.value();
        return summaries(after == null
                ? dao.listOnlineFirst(published, limit)
                : dao.listOnlineAfter(published, after.updatedAtMillis(), after.id(), limit));
    }

    /** From MySQL: a list keeper that asks this wants the truth, not a cached copy a moment old. */
    @Override
    public List<ArticleSummary> findPublished(List<ArticleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(dao.findOnlineSummaries(ArticleStatus.PUBLISHED.value(),
                ids.stream().map(ArticleId::value).toList()));
    }

    /** The local level's loader: Redis, else MySQL (then kept in Redis, absences included). */
    private Optional<Article> loadPublished(ArticleId id) {
        CacheLookup cached = fallback.get("getPublished", () -> cache.getPublished(id)).orElse(CacheLookup.MISS);
        if (cached.hit()) {
            redisHits.increment();
            return cached.found();
        }
        redisMisses.increment();
        Optional<Article> stored = Optional.ofNullable(dao.findOnline(id.value()))
                .map(ArticleRow::toArticle)
                .filter(Article::isPublished);
        fallback.run("fill", () -> cache.fill(id, stored));
        return stored;
    }

    /** Readers must stop getting the old copy: here at once, on the other instances when they hear. */
    private void readersChanged(ArticleId id) {
        local.invalidate(id);
        boolean told = fallback.run("broadcast", () -> invalidations.broadcast(id));
        if (!told) {
            log.error("article {} changed but other instances could not be told; they may serve their copy until it expires", id);
        }
    }

    private void evictAuthor(AuthorId author, ArticleId changed) {
        boolean evicted = fallback.run("evictAuthor", () -> cache.evictAuthor(author, changed));
        if (!evicted) {
            log.error("author {} changed article {} but their cached list and draft could not be evicted;"
                    + " they may see them stale for up to 10 minutes", author, changed);
        }
    }

    private static List<ArticleSummary> summaries(List<SummaryRow> rows) {
        return rows.stream().map(SummaryRow::toSummary).toList();
    }
}
