package com.webook.article.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleEvents;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.PublishedCursor;
import com.webook.governance.text.EventIds;

/** What readers see: published articles only, one at a time (each read counted) or a page at a time. */
public class ReadingArticles {

    private static final Pattern ANONYMOUS_READER = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern EVENT_ID = ANONYMOUS_READER;

    /** The most reads {@link #record} takes at once. */
    public static final int MAX_READS = 1000;

    public static final int MAX_LIMIT = 500;

    /** A page of published articles and the cursor after it (null when there is nothing more). */
    public record Page(List<ArticleSummary> items, PublishedCursor next) {
    }

    /** A read someone else served, to count: see {@link #record}. */
    public record Read(String eventId, ArticleId articleId, long readerId, String anonymousReader, Instant at) {
    }

    private final ArticleRepository articles;
    private final ArticleEvents events;
    private final Clock clock;

    public ReadingArticles(ArticleRepository articles, ArticleEvents events, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    /** The published copy; counts one read by {@code readerId} (0: anonymous, no client key). */
    public Article read(ArticleId id, long readerId) {
        return read(id, readerId, null);
    }

    /**
     * The published copy; counts one read without waiting for it, once per reader and period: the reader is
     * the user, or for an anonymous reader ({@code readerId} 0) the client {@code anonymousReader} names.
     */
    public Article read(ArticleId id, long readerId, String anonymousReader) {
        String readerKey = readerKey(readerId, anonymousReader);
        Article article = peek(id);
        events.publish(new ArticleEvent.Read(EventIds.next(), id, readerId, clock.instant(), readerKey));
        return article;
    }

    /** The published copy, counting no read. */
    public Article peek(ArticleId id) {
        return articles.findPublished(id).orElseThrow(() -> ArticleRejected.notFound(id.value()));
    }

    /**
     * Counts reads the caller served itself (at most {@value #MAX_READS}), each under the caller's event id,
     * as {@link #read} counts its own. The caller served a published copy: a read that reaches here after
     * the article was withdrawn (it is sent in a batch a moment later) still counts. All are checked before
     * any is counted.
     */
    public void record(List<Read> reads) {
        if (reads == null || reads.size() > MAX_READS) {
            throw ArticleRejected.invalid("reads must be a list of at most " + MAX_READS);
        }
        List<ArticleEvent.Read> counted = new ArrayList<>(reads.size());
        for (Read read : reads) {
            if (read == null || read.eventId() == null || !EVENT_ID.matcher(read.eventId()).matches()) {
                throw ArticleRejected.invalid("each read needs an eventId of 1-64 of [A-Za-z0-9_-]");
            }
            if (read.at() == null) {
                throw ArticleRejected.invalid("each read needs its time");
            }
            String readerKey = readerKey(read.readerId(), read.anonymousReader());
            counted.add(new ArticleEvent.Read(read.eventId(), read.articleId(), read.readerId(), read.at(), readerKey));
        }
        counted.forEach(events::publish);
    }

    private static String readerKey(long readerId, String anonymousReader) {
        if (readerId < 0) {
            throw ArticleRejected.invalid("readerId must be 0 (anonymous) or a user id");
        }
        if (anonymousReader != null && !ANONYMOUS_READER.matcher(anonymousReader).matches()) {
            throw ArticleRejected.invalid("anonymousReader must be 1-64 of [A-Za-z0-9_-]");
        }
        return readerId > 0 ? "user:" + readerId : anonymousReader == null ? null : "client:" + anonymousReader;
    }

    /** Whether readers see this article now; counts no read. */
    public boolean isPublished(ArticleId id) {
        return articles.findPublished(id).isPresent();
    }

    /** Those of {@code ids} that are published now, in the order asked; at most {@link #MAX_LIMIT} ids. */
    public List<ArticleSummary> published(List<ArticleId> ids) {
        if (ids.size() > MAX_LIMIT) {
            throw ArticleRejected.invalid("at most 500 ids");
        }
        Map<ArticleId, ArticleSummary> found = new HashMap<>();
        articles.findPublished(List.copyOf(new LinkedHashSet<>(ids))).forEach(s -> found.put(s.id(), s));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    /** One page; {@code cursor} null for the first, else the {@link Page#next()} of the previous page. */
    public Page list(PublishedCursor cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ArticleRejected.invalid("limit must be 1 to 500");
        }
        List<ArticleSummary> found = articles.findPublished(cursor, limit + 1);
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<ArticleSummary> items = found.subList(0, limit);
        return new Page(List.copyOf(items), PublishedCursor.after(items.get(limit - 1)));
    }
}
