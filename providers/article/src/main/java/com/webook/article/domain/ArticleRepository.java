package com.webook.article.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where articles live: the author's library (drafts) and the online library, under the same id. Every
 * change is all or nothing. Reads may come from caches; a change is seen by readers on every instance
 * at once, or at the latest after a short bound when an instance missed the news.
 */
public interface ArticleRepository {

    /**
     * Stores a new draft, unpublished, and returns its id; empty, and nothing written, when its author has
     * {@code maxDrafts} unpublished drafts already (concurrent saves may pass the count by as many as run at
     * once).
     */
    Optional<ArticleId> create(Draft draft, Instant now, int maxDrafts);

    /**
     * Replaces the author's draft {@code draft.id()}, which becomes unpublished (the online copy stays
     * until republished). False, and nothing written, when there is no such article by this author.
     */
    boolean update(Draft draft, Instant now);

    /**
     * Stores the draft as published and copies it to the online library, both or neither; returns the id.
     * Empty, and nothing written, when {@code draft.id()} is not an article by this author.
     */
    Optional<ArticleId> publish(Draft draft, Instant now);

    /** Makes the article private in both libraries; false, and nothing written, unless both are the author's. */
    boolean withdraw(AuthorId author, ArticleId id, Instant now);

    /** The draft, whoever wrote it. */
    Optional<Article> findDraft(ArticleId id);

    /** The author's drafts, most recently updated first, as summaries. */
    List<ArticleSummary> findByAuthor(AuthorId author, int offset, int limit);

    /** The online copy, only while it is published. */
    Optional<Article> findPublished(ArticleId id);

    /** Published articles after {@code after} (from the newest when null), most recently updated first. */
    List<ArticleSummary> findPublished(PublishedCursor after, int limit);

    /** Those of {@code ids} that are published now, as summaries, in no particular order. */
    List<ArticleSummary> findPublished(List<ArticleId> ids);
}
