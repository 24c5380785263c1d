package com.webook.article.domain;

/**
 * Where events go. Implementations never block the caller and never throw: an event that cannot be
 * delivered is counted and logged, and the request that caused it carries on.
 */
public interface ArticleEvents {

    void publish(ArticleEvent event);
}
