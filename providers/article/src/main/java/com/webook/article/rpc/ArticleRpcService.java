package com.webook.article.rpc;

import java.time.Instant;
import java.util.List;

import com.webook.api.article.v1.ArticleRead;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.ArticleSummary;
import com.webook.api.article.v1.ArticleView;
import com.webook.api.article.v1.PublishedPage;
import com.webook.api.article.v1.SaveArticleRequest;
import com.webook.article.application.PublishingArticle;
import com.webook.article.application.ReadingArticles;
import com.webook.article.application.SavingArticle;
import com.webook.article.application.ViewingOwnArticles;
import com.webook.article.application.WithdrawingArticle;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRejected;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.domain.PublishedCursor;

/**
 * The Dubbo face of the article context: unpacks records, calls one use case, packs the answer. Rejections
 * and failures reach the caller through the providers' error boundary ({@code ErrorBoundaryFilter}).
 */
public class ArticleRpcService implements ArticleService {

    private final SavingArticle saving;
    private final PublishingArticle publishing;
    private final WithdrawingArticle withdrawing;
    private final ViewingOwnArticles own;
    private final ReadingArticles reading;

    public ArticleRpcService(SavingArticle saving, PublishingArticle publishing, WithdrawingArticle withdrawing,
                             ViewingOwnArticles own, ReadingArticles reading) {
        this.saving = saving;
        this.publishing = publishing;
        this.withdrawing = withdrawing;
        this.own = own;
        this.reading = reading;
    }

    @Override
    public long save(SaveArticleRequest request) {
        return saving.save(draft(request)).value();
    }

    @Override
    public long publish(SaveArticleRequest request) {
        return publishing.publish(draft(request)).value();
    }

    @Override
    public void withdraw(long authorId, long articleId) {
        withdrawing.withdraw(authorId(authorId), articleId(articleId));
    }

    @Override
    public List<ArticleSummary> listByAuthor(long authorId, int offset, int limit) {
        return ArticleAssembler.toSummaries(own.list(authorId(authorId), offset, limit));
    }

    @Override
    public ArticleView getByAuthor(long authorId, long articleId) {
        return ArticleAssembler.toView(own.one(authorId(authorId), articleId(articleId)));
    }

    @Override
    public ArticleView getPublished(long articleId, long readerId, String anonymousReader) {
        return ArticleAssembler.toView(reading.read(articleId(articleId), readerId, anonymousReader));
    }

    @Override
    public boolean isPublished(long articleId) {
        return articleId > 0 && reading.isPublished(new ArticleId(articleId));
    }

    @Override
    public ArticleView peekPublished(long articleId) {
        return ArticleAssembler.toView(reading.peek(articleId(articleId)));
    }

    @Override
    public void recordReads(List<ArticleRead> reads) {
        if (reads == null || reads.size() > ReadingArticles.MAX_READS) {
            throw ArticleRejected.invalid("reads must be a list of at most " + ReadingArticles.MAX_READS);
        }
        reading.record(reads.stream().map(ArticleRpcService::read).toList());
    }

    private static ReadingArticles.Read read(ArticleRead read) {
        if (read == null || read.articleId() <= 0) {
            throw ArticleRejected.invalid("each read needs a positive articleId");
        }
        return new ReadingArticles.Read(read.eventId(), new ArticleId(read.articleId()), read.readerId(),
                read.anonymousReader(), Instant.ofEpochMilli(read.readAtMillis()));
    }

    @Override
    public PublishedPage listPublished(String cursor, int limit) {
        return ArticleAssembler.toPage(reading.list(cursor == null ? null : PublishedCursor.decode(cursor), limit));
    }

    @Override
    public List<ArticleSummary> publishedSummaries(List<Long> articleIds) {
        if (articleIds == null || articleIds.stream().anyMatch(id -> id == null || id <= 0)) {
            throw ArticleRejected.invalid("articleIds must be a list of positive ids");
        }
        return ArticleAssembler.toSummaries(reading.published(articleIds.stream().map(ArticleId::new).toList()));
    }

    private static Draft draft(SaveArticleRequest request) {
        if (request == null) {
            throw ArticleRejected.invalid("request is required");
        }
        return Draft.of(request.authorId(), request.articleId(), request.title(), request.content());
    }

    private static AuthorId authorId(long value) {
        if (value <= 0) {
            throw ArticleRejected.invalid("authorId must be positive");
        }
        return new AuthorId(value);
    }

    /** An id no article has is simply not found. */
    private static ArticleId articleId(long value) {
        if (value <= 0) {
            throw ArticleRejected.notFound(value);
        }
        return new ArticleId(value);
    }
}
