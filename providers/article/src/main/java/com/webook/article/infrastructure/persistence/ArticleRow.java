package com.webook.article.infrastructure.persistence;

import java.time.Instant;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.AuthorId;

/** One row of {@code articles} or {@code published_articles} (they have the same columns), as MyBatis reads it. */
public record ArticleRow(long id, long authorId, String title, String content, int status, long createdAt,
                         long updatedAt) {

    Article toArticle() {
        return new Article(new ArticleId(id), new AuthorId(authorId), title, content, ArticleStatus.of(status),
                Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt));
    }

    @Override
    public String toString() {
        return "ArticleRow[id=" + id + "]";
    }
}
