package com.webook.article.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.domain.ArticleStatus;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.domain.PublishedCursor;

/** Both libraries in maps, with the same all-or-nothing promises as the tables, for use-case tests. */
class InMemoryArticleRepository implements ArticleRepository {

    private static final Comparator<ArticleSummary> NEWEST_FIRST = Comparator
            .comparing(ArticleSummary::updatedAt).thenComparing(s -> s.id().value()).reversed();

    final Map<ArticleId, Article> drafts = new LinkedHashMap<>();
    final Map<ArticleId, Article> online = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Optional<ArticleId> create(Draft draft, Instant now, int maxDrafts) {
        long unpublished = drafts.values().stream()
                .filter(article -> article.isWrittenBy(draft.authorId()) && article.status() == ArticleStatus.UNPUBLISHED)
                .count();
        return unpublished >= maxDrafts ? Optional.empty() : Optional.of(insert(draft, ArticleStatus.UNPUBLISHED, now));
    }

    @Override
    public boolean update(Draft draft, Instant now) {
        return replace(draft, ArticleStatus.UNPUBLISHED, now);
    }

    @Override
    public Optional<ArticleId> publish(Draft draft, Instant now) {
        ArticleId id;
        if (draft.isNew()) {
            id = insert(draft, ArticleStatus.PUBLISHED, now);
        } else if (replace(draft, ArticleStatus.PUBLISHED, now)) {
            id = draft.id();
        } else {
            return Optional.empty();
        }
        Article before = online.get(id);
        online.put(id, new Article(id, draft.authorId(), draft.title(), draft.content(), ArticleStatus.PUBLISHED,
                before == null ? now : before.createdAt(), now));
        return Optional.of(id);
    }

    @Override
    public boolean withdraw(AuthorId author, ArticleId id, Instant now) {
        Article draft = drafts.get(id);
        Article copy = online.get(id);
        if (draft == null || copy == null || !draft.isWrittenBy(author) || !copy.isWrittenBy(author)) {
            return false;
        }
        drafts.put(id, withStatus(draft, ArticleStatus.PRIVATE, now));
        online.put(id, withStatus(copy, ArticleStatus.PRIVATE, now));
        return true;
    }

    @Override
    public Optional<Article> findDraft(ArticleId id) {
        return Optional.ofNullable(drafts.get(id));
    }

    @Override
    public List<ArticleSummary> findByAuthor(AuthorId author, int offset, int limit) {
        return drafts.values().stream().filter(a -> a.isWrittenBy(author)).map(InMemoryArticleRepository::summary)
                .sorted(NEWEST_FIRST).skip(offset).limit(limit).toList();
    }

    @Override
    public Optional<Article> findPublished(ArticleId id) {
        return Optional.ofNullable(online.get(id)).filter(Article::isPublished);
    }

    @Override
    public List<ArticleSummary> findPublished(PublishedCursor after, int limit) {
        return online.values().stream().filter(Article::isPublished).map(InMemoryArticleRepository::summary)
                .sorted(NEWEST_FIRST)
                .filter(s -> after == null || s.updatedAt().toEpochMilli() < after.updatedAtMillis()
                        || (s.updatedAt().toEpochMilli() == after.updatedAtMillis() && s.id().value() < after.id()))
                .limit(limit).toList();
    }

    @Override
    public List<ArticleSummary> findPublished(List<ArticleId> ids) {
        return ids.stream().map(online::get).filter(a -> a != null && a.isPublished())
                .map(InMemoryArticleRepository::summary).toList();
    }

    private ArticleId insert(Draft draft, ArticleStatus status, Instant now) {
        ArticleId id = new ArticleId(nextId++);
        drafts.put(id, new Article(id, draft.authorId(), draft.title(), draft.content(), status, now, now));
        return id;
    }

    private boolean replace(Draft draft, ArticleStatus status, Instant now) {
        Article before = drafts.get(draft.id());
        if (before == null || !before.isWrittenBy(draft.authorId())) {
            return false;
        }
        drafts.put(draft.id(), new Article(draft.id(), draft.authorId(), draft.title(), draft.content(), status,
                before.createdAt(), now));
        return true;
    }

    private static Article withStatus(Article a, ArticleStatus status, Instant now) {
        return new Article(a.id(), a.authorId(), a.title(), a.content(), status, a.createdAt(), now);
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id(), a.authorId(), a.title(), ArticleSummary.abstractOf(a.content()), a.status(),
                a.createdAt(), a.updatedAt());
    }
}
