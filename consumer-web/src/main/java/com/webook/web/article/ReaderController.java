package com.webook.web.article;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.dev33.satoken.annotation.SaIgnore;
import cn.dev33.satoken.exception.SaTokenException;
import cn.dev33.satoken.stp.StpUtil;
import com.webook.api.article.v1.ArticleView;
import com.webook.api.common.v1.PlatformErrorCode;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.InteractiveView;
import com.webook.web.common.ApiError;
import com.webook.web.common.Envelope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reader's side: open a published article (anyone may; a logged-in reader also sees whether they
 * liked and collected it), like it, collect it into a folder. Opening an article counts one read, once per
 * reader (the user, or an anonymous reader's address and browser) and 10 minutes.
 *
 * <p>A view of a popular article makes no call: the article comes from this instance's copy
 * ({@link NearArticles}), its counts too ({@link NearCounts}, a second old at most), a logged-in reader's
 * flags from their marks kept here ({@link NearReaderMarks}), and the read is counted in a batch
 * ({@link ReadRecorder}). What is not kept here is fetched; the reader's own likes and collections go
 * through this controller, which drops their marks here at once.
 */
@RestController
@RequestMapping("/articles/pub")
class ReaderController {

    /** What interactions on articles are filed under in the interactive provider. */
    static final String BIZ = "article";

    private static final Logger log = LoggerFactory.getLogger(ReaderController.class);

    /** An anonymous reader's flags: none. */
    private static final NearReaderMarks.Flags NO_FLAGS = new NearReaderMarks.Flags(false, false);

    private final NearArticles articles;
    private final NearCounts counts;
    private final NearReaderMarks marks;
    private final ReadRecorder reads;
    private final InteractiveService interactions;
    private final AuthorNames authors;
    private final PublishedArticles published;
    private final Executor fanOut;
    private final Duration countsBudget;

    ReaderController(NearArticles articles, NearCounts counts, NearReaderMarks marks, ReadRecorder reads,
                     InteractiveService interactions, AuthorNames authors, PublishedArticles published,
                     @Qualifier("readerFanOut") Executor fanOut,
                     @Value("${webook.reader.counts-timeout:800ms}") Duration countsBudget) {
        this.articles = articles;
        this.counts = counts;
        this.marks = marks;
        this.reads = reads;
        this.interactions = interactions;
        this.authors = authors;
        this.published = published;
        this.fanOut = fanOut;
        this.countsBudget = countsBudget;
    }

    /**
     * The article and its counts: when this instance holds a copy of either, the other is fetched on this
     * thread; otherwise both at the same time. Counts that fail or take longer than
     * {@code webook.reader.counts-timeout} (the timeout of their call) leave the article shown without them
     * ({@code degraded}).
     */
    @SaIgnore
    @GetMapping("/{id}")
    Envelope<ReaderView> read(@PathVariable long id, HttpServletRequest http) {
        // Checked here rather than with @Positive: method validation of this one argument showed up in
        // the hottest path's profile.
        if (id <= 0) {
            throw ApiError.invalid("the article id must be positive");
        }
        long readerId = readerId();
        // A logged-in reader's flags from their marks kept here; null: ask for counts and flags together.
        NearReaderMarks.Flags flags = readerId > 0 ? marks.flagsOf(readerId, id) : NO_FLAGS;
        boolean perArticle = flags == null;
        InteractiveView nearCounts = perArticle ? null : counts.cached(id);
        ArticleView nearArticle = articles.copyOf(id);
        ArticleView article;
        InteractiveView shown;
        if (nearArticle != null || nearCounts != null) {
            // At most one call left: made on this thread, bounded by the counts' own timeout.
            article = nearArticle != null ? nearArticle : articles.published(id);
            shown = nearCounts != null ? nearCounts : countsNow(id, readerId, perArticle);
        } else {
            CompletableFuture<InteractiveView> fetching =
                    CompletableFuture.supplyAsync(() -> fetchCounts(id, readerId, perArticle), fanOut);
            try {
                article = articles.published(id);
            } catch (RuntimeException e) {
                fetching.cancel(false);
                throw e;
            }
            shown = within(fetching, id);
        }
        if (!perArticle && shown != null) {
            shown = new InteractiveView(shown.counts(), flags.liked(), flags.collected());
        }
        reads.record(id, readerId, readerId > 0 ? null : AnonymousReaders.keyOf(http));
        String authorName = authors.nameOf(article.authorId());
        return Envelope.ok(ReaderView.of(article, authorName, shown));
    }

    /** Counts and the reader's flags in one call, or the counts alone (kept here a moment). */
    private InteractiveView fetchCounts(long id, long readerId, boolean perArticle) {
        return perArticle ? interactions.get(BIZ, id, readerId) : counts.fetch(id);
    }

    /** The counts, or null (shown without them) when they fail or take longer than their timeout. */
    private InteractiveView countsNow(long id, long readerId, boolean perArticle) {
        try {
            return fetchCounts(id, readerId, perArticle);
        } catch (RuntimeException e) {
            countsFailed(id, e);
            return null;
        }
    }

    /** Only a published article can be liked; a like can always be taken back. */
    @PostMapping("/like")
    Envelope<Void> like(@Valid @RequestBody LikeRequest request) {
        if (request.like()) {
            published.require(request.id());
        }
        long reader = StpUtil.getLoginIdAsLong();
        interactions.like(BIZ, request.id(), reader, request.like());
        marks.forget(reader);
        counts.forget(request.id());
        return Envelope.ok();
    }

    /** Only a published article can be collected; it can always be uncollected. */
    @PostMapping("/collect")
    Envelope<Void> collect(@Valid @RequestBody CollectRequest request) {
        published.require(request.id());
        long reader = StpUtil.getLoginIdAsLong();
        interactions.collect(BIZ, request.id(), reader, request.cid());
        marks.forget(reader);
        counts.forget(request.id());
        return Envelope.ok();
    }

    @PostMapping("/uncollect")
    Envelope<Void> uncollect(@Valid @RequestBody ArticleIdRequest request) {
        long reader = StpUtil.getLoginIdAsLong();
        interactions.uncollect(BIZ, request.id(), reader);
        marks.forget(reader);
        counts.forget(request.id());
        return Envelope.ok();
    }

    /**
     * The logged-in reader, or 0: a missing, invalid or ended token reads as anonymous here. One look-up
     * of the session (isLogin followed by getLoginId would check the token and Redis twice).
     */
    private static long readerId() {
        try {
            Object loginId = StpUtil.getLoginIdDefaultNull();
            return loginId == null ? 0L : Long.parseLong(loginId.toString());
        } catch (SaTokenException | NumberFormatException invalidToken) {
            return 0L;
        }
    }

    /** Logs why counts are missing: not per request while their breaker is open (Sentinel logs it opening). */
    private static void countsFailed(long articleId, Throwable failure) {
        if (ServiceException.is(failure, PlatformErrorCode.DEGRADED)) {
            log.debug("counts of article {} not fetched: their breaker is open", articleId);
        } else {
            log.warn("counts of article {} failed; shown without them: {}", articleId, failure.toString());
        }
    }

    private InteractiveView within(CompletableFuture<InteractiveView> counts, long articleId) {
        try {
            return counts.get(countsBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            counts.cancel(false);
            log.warn("counts of article {} took longer than {}; shown without them", articleId, countsBudget);
        } catch (ExecutionException e) {
            countsFailed(articleId, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
