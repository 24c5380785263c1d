package com.webook.article.infrastructure.cache;

import com.webook.article.domain.ArticleId;

/** Tells every instance, this one included, to drop its local copy of an article. Throws when it cannot. */
public interface CacheInvalidations {

    void broadcast(ArticleId id);
}
