package com.webook.article.application;

import java.time.Clock;
import java.util.regex.Pattern;
import java.util.List;

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

    public static final int MAX_LIMIT = 500;

    /** A page of published articles and the cursor after it (null when there is nothing more). */
    public record Page(List<ArticleSummary> items, PublishedCursor next) {
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
        if (readerId < 0) {
            throw ArticleRejected.invalid("readerId must be 0 (anonymous) or a user id");
        }
        if (anonymousReader != null && !ANONYMOUS_READER.matcher(anonymousReader).matches()) {
            throw ArticleRejected.invalid("anonymousReader must be 1-64 of [A-Za-z0-9_-]");
        }
        String readerKey = readerId > 0 ? "user:" + readerId : anonymousReader == null ? null : "client:" + anonymousReader;
        Article article = articles.findPublished(id).orElseThrow(() -> ArticleRejected.notFound(id.value()));
        events.publish(new ArticleEvent.Read(EventIds.next(), id, readerId, clock.instant(), readerKey));
        return article;
    }

    /** Whether readers see this article now; counts no read. */
    public boolean isPublished(ArticleId id) {
        return articles.findPublished(id).isPresent();
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
