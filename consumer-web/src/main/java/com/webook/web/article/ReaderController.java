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
 * <p>A view of a popular article makes at most one call: the article comes from this instance's copy
 * ({@link NearArticles}), an anonymous reader's counts too ({@link NearCounts}, a second old at most), a
 * logged-in reader's counts and flags from the interactive provider, and the read is counted in a batch
 * ({@link ReadRecorder}).
 */
@RestController
@RequestMapping("/articles/pub")
class ReaderController {

    /** What interactions on articles are filed under in the interactive provider. */
    static final String BIZ = "article";

    private static final Logger log = LoggerFactory.getLogger(ReaderController.class);

    private final NearArticles articles;
    private final NearCounts anonymousCounts;
    private final ReadRecorder reads;
    private final InteractiveService interactions;
    private final AuthorNames authors;
    private final PublishedArticles published;
    private final Executor fanOut;
    private final Duration countsBudget;

    ReaderController(NearArticles articles, NearCounts anonymousCounts, ReadRecorder reads,
                     InteractiveService interactions, AuthorNames authors, PublishedArticles published,
                     @Qualifier("readerFanOut") Executor fanOut,
                     @Value("${webook.reader.counts-timeout:800ms}") Duration countsBudget) {
        this.articles = articles;
        this.anonymousCounts = anonymousCounts;
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
        InteractiveView nearCounts = readerId > 0 ? null : anonymousCounts.cached(id);
        ArticleView nearArticle = articles.copyOf(id);
        ArticleView article;
        InteractiveView counts;
        if (nearArticle != null || nearCounts != null) {
            // At most one call left: made on this thread, bounded by the counts' own timeout.
            article = nearArticle != null ? nearArticle : articles.published(id);
            counts = nearCounts != null ? nearCounts : countsNow(id, readerId);
        } else {
            CompletableFuture<InteractiveView> fetching = CompletableFuture.supplyAsync(() -> counts(id, readerId), fanOut);
            try {
                article = articles.published(id);
            } catch (RuntimeException e) {
                fetching.cancel(false);
                throw e;
            }
            counts = within(fetching, id);
        }
        reads.record(id, readerId, readerId > 0 ? null : AnonymousReaders.keyOf(http));
        String authorName = authors.nameOf(article.authorId());
        return Envelope.ok(ReaderView.of(article, authorName, counts));
    }

    private InteractiveView counts(long id, long readerId) {
        return readerId > 0 ? interactions.get(BIZ, id, readerId) : anonymousCounts.fetch(id);
    }

    /** The counts, or null (shown without them) when they fail or take longer than their timeout. */
    private InteractiveView countsNow(long id, long readerId) {
        try {
            return counts(id, readerId);
        } catch (RuntimeException e) {
            log.warn("counts of article {} failed; shown without them: {}", id, e.toString());
            return null;
        }
    }

    /** Only a published article can be liked; a like can always be taken back. */
    @PostMapping("/like")
    Envelope<Void> like(@Valid @RequestBody LikeRequest request) {
        if (request.like()) {
            published.require(request.id());
        }
        interactions.like(BIZ, request.id(), StpUtil.getLoginIdAsLong(), request.like());
        return Envelope.ok();
    }

    /** Only a published article can be collected; it can always be uncollected. */
    @PostMapping("/collect")
    Envelope<Void> collect(@Valid @RequestBody CollectRequest request) {
        published.require(request.id());
        interactions.collect(BIZ, request.id(), StpUtil.getLoginIdAsLong(), request.cid());
        return Envelope.ok();
    }

    @PostMapping("/uncollect")
    Envelope<Void> uncollect(@Valid @RequestBody ArticleIdRequest request) {
        interactions.uncollect(BIZ, request.id(), StpUtil.getLoginIdAsLong());
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

    private InteractiveView within(CompletableFuture<InteractiveView> counts, long articleId) {
        try {
            return counts.get(countsBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            counts.cancel(false);
            log.warn("counts of article {} took longer than {}; shown without them", articleId, countsBudget);
        } catch (ExecutionException e) {
            log.warn("counts of article {} failed; shown without them: {}", articleId, e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
