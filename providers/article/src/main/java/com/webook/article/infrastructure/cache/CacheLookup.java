package com.webook.article.infrastructure.cache;

import java.util.Optional;

import com.webook.article.domain.Article;

/** What a cache knows about an id: nothing (a miss), that readers get nothing, or the article. */
public record CacheLookup(boolean hit, Article article) {

    public static final CacheLookup MISS = new CacheLookup(false, null);
    public static final CacheLookup ABSENT = new CacheLookup(true, null);

    public static CacheLookup of(Article article) {
        return new CacheLookup(true, article);
    }

    public Optional<Article> found() {
        return Optional.ofNullable(article);
    }
}
