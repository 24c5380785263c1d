package com.webook.article.infrastructure.persistence;

import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.Draft;

/** The values of an insert into {@code articles}; MyBatis writes the generated id back into it. */
public final class NewArticleRow {

    private Long id;
    private final long authorId;
    private final String title;
    private final String content;
    private final int status;
    private final long createdAt;

    NewArticleRow(Draft draft, ArticleStatus status, long createdAt) {
        this.authorId = draft.authorId().value();
        this.title = draft.title();
        this.content = draft.content();
        this.status = status.value();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public int getStatus() {
        return status;
    }

    public long getCreatedAt() {
        return createdAt;
    }
}
