package com.webook.article.infrastructure.persistence;

import java.time.Instant;

import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;

/** A row read for a list: the content cut to its abstract by MySQL, so the rest never leaves the server. */
public record SummaryRow(long id, long authorId, String title, String abstractText, int status, long createdAt,
                         long updatedAt) {

    ArticleSummary toSummary() {
        return new ArticleSummary(new ArticleId(id), new AuthorId(authorId), title, abstractText,
                ArticleStatus.of(status), Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt));
    }
}
