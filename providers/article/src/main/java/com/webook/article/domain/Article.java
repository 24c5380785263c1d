package com.webook.article.domain;

import java.time.Instant;


/**
 * An article as stored: the author's draft or its online copy. Its status is the published enum, whose
 * values are what the tables store: one list of statuses for callers and storage.
 */
public record Article(ArticleId id, AuthorId authorId, String title, String content, ArticleStatus status,
                      Instant createdAt, Instant updatedAt) {

    public boolean isWrittenBy(AuthorId author) {
        return authorId.equals(author);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    @Override
    public String toString() {
        return "Article[id=" + id + ", authorId=" + authorId + ", status=" + status + "]";
    }
}
