package com.webook.web.article;

import java.util.Objects;

import com.webook.api.article.v1.ArticleView;
import com.webook.api.interactive.v1.InteractiveView;

/**
 * A published article as a reader sees it, with its counts and whether this reader liked and collected
 * it. When the counts could not be fetched in time the article is still shown: {@code counts} is null
 * and {@code degraded} true.
 */
public record ReaderView(long id, String title, String content, Author author, String createdAt, String updatedAt,
                         Counts counts, boolean degraded) {

    /** The author; {@code name} is null when the author set none or it could not be fetched. */
    public record Author(long id, String name) {
    }

    public record Counts(long read, long like, long collect, boolean liked, boolean collected) {
    }

    static ReaderView of(ArticleView article, String authorName, InteractiveView interactive) {
        Counts counts = interactive == null ? null : new Counts(interactive.counts().readCount(),
                interactive.counts().likeCount(), interactive.counts().collectCount(),
                interactive.liked(), interactive.collected());
        return new ReaderView(article.id(), article.title(), article.content(),
                new Author(article.authorId(), authorName), Objects.toString(article.createdAt(), null),
                Objects.toString(article.updatedAt(), null), counts, counts == null);
    }
}
