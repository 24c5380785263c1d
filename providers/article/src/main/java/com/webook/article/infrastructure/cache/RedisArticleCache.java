package com.webook.article.infrastructure.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;
import com.webook.provider.support.cache.RedisJsonEntries;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Articles in Redis as JSON:
 * <ul>
 *   <li>{@code article:reader:<id>}: the online copy readers get, 30 minutes; or an "absent" entry
 *       (missing, unpublished or withdrawn), 1 minute, so unknown ids do not reach MySQL on every read;</li>
 *   <li>{@code article:draft:<id>}: the author's draft, 1 minute;</li>
 *   <li>{@code article:first_page:<authorId>}: the author's first {@value #FIRST_PAGE} summaries, 10 minutes.</li>
 * </ul>
 */
public class RedisArticleCache implements ArticleCache {

    public static final String READER_PREFIX = "article:reader:";
    public static final String DRAFT_PREFIX = "article:draft:";
    public static final String FIRST_PAGE_PREFIX = "article:first_page:";
    public static final Duration READER_TTL = Duration.ofMinutes(30);
    public static final Duration ABSENT_TTL = Duration.ofMinutes(1);
    public static final Duration DRAFT_TTL = Duration.ofMinutes(1);
    public static final Duration FIRST_PAGE_TTL = Duration.ofMinutes(10);
    /** How many summaries the first page holds: any offset-0 list of up to this many is served from it. */
    public static final int FIRST_PAGE = 100;

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final RedisJsonEntries<Entry> readers;
    private final RedisJsonEntries<Entry> absentReaders;
    private final RedisJsonEntries<Entry> drafts;
    private final RedisJsonEntries<PageEntry> firstPages;

    public RedisArticleCache(StringRedisTemplate redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
        this.readers = new RedisJsonEntries<>(redis, json, Entry.class, READER_PREFIX, READER_TTL);
        this.absentReaders = new RedisJsonEntries<>(redis, json, Entry.class, READER_PREFIX, ABSENT_TTL);
        this.drafts = new RedisJsonEntries<>(redis, json, Entry.class, DRAFT_PREFIX, DRAFT_TTL);
        this.firstPages = new RedisJsonEntries<>(redis, json, PageEntry.class, FIRST_PAGE_PREFIX, FIRST_PAGE_TTL);
    }

    @Override
    public CacheLookup getPublished(ArticleId id) {
        return readers.get(id.value())
                .map(entry -> entry.isAbsent() ? CacheLookup.ABSENT : CacheLookup.of(entry.toArticle()))
                .orElse(CacheLookup.MISS);
    }

    @Override
    public void putPublished(Article article) {
        readers.put(article.id().value(), Entry.of(article));
    }

    @Override
    public void putAbsent(ArticleId id) {
        absentReaders.put(id.value(), Entry.ABSENT);
    }

    @Override
    public void fill(ArticleId id, Optional<Article> read) {
        Entry entry = read.map(Entry::of).orElse(Entry.ABSENT);
        Duration ttl = read.isPresent() ? READER_TTL : ABSENT_TTL;
        redis.opsForValue().setIfAbsent(readers.key(id.value()), write(entry), ttl);
    }

    @Override
    public Optional<Article> getDraft(ArticleId id) {
        return drafts.get(id.value()).filter(entry -> !entry.isAbsent()).map(Entry::toArticle);
    }

    @Override
    public void putDraft(Article draft) {
        drafts.put(draft.id().value(), Entry.of(draft));
    }

    @Override
    public Optional<List<ArticleSummary>> getFirstPage(AuthorId author) {
        return firstPages.get(author.value()).map(PageEntry::toSummaries);
    }

    @Override
    public void putFirstPage(AuthorId author, List<ArticleSummary> page) {
        firstPages.put(author.value(), PageEntry.of(page));
    }

    @Override
    public void evictAuthor(AuthorId author, ArticleId changed) {
        List<String> keys = new ArrayList<>(2);
        keys.add(firstPages.key(author.value()));
        if (changed != null) {
            keys.add(drafts.key(changed.value()));
        }
        redis.delete(keys);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The cached shape of an article: flat, so the domain can change without breaking entries in Redis. */
    record Entry(long id, long authorId, String title, String content, int status, long createdAt, long updatedAt) {

        /** "Readers get nothing": no article has id 0. */
        static final Entry ABSENT = new Entry(0, 0, null, null, 0, 0, 0);

        static Entry of(Article article) {
            return new Entry(article.id().value(), article.authorId().value(), article.title(), article.content(),
                    article.status().value(), article.createdAt().toEpochMilli(), article.updatedAt().toEpochMilli());
        }

        boolean isAbsent() {
            return id == 0;
        }

        Article toArticle() {
            return new Article(new ArticleId(id), new AuthorId(authorId), title, content, ArticleStatus.of(status),
                    Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt));
        }
    }

    /** The cached shape of a first page. */
    record PageEntry(List<SummaryEntry> items) {

        static PageEntry of(List<ArticleSummary> page) {
            return new PageEntry(page.stream().map(SummaryEntry::of).toList());
        }

        List<ArticleSummary> toSummaries() {
            return items.stream().map(SummaryEntry::toSummary).toList();
        }
    }

    record SummaryEntry(long id, long authorId, String title, String abstractText, int status, long createdAt,
                        long updatedAt) {

        static SummaryEntry of(ArticleSummary summary) {
            return new SummaryEntry(summary.id().value(), summary.authorId().value(), summary.title(),
                    summary.abstractText(), summary.status().value(), summary.createdAt().toEpochMilli(),
                    summary.updatedAt().toEpochMilli());
        }

        ArticleSummary toSummary() {
            return new ArticleSummary(new ArticleId(id), new AuthorId(authorId), title, abstractText,
                    ArticleStatus.of(status), Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt));
        }
    }
}
