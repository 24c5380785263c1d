package com.webook.ranking.application;

import java.util.List;

import com.webook.ranking.domain.Article;

/** The article context, as the hot list asks it. */
public interface PublishedArticles {

    /** One page of published articles, most recently updated first; {@code cursor} null for the first. */
    Page page(String cursor, int size);

    /** Those of {@code ids} that are published now (withdrawn ones are left out), in no particular order. */
    List<Article> published(List<Long> ids);

    /** A page and where the next one starts (null after the last). */
    record Page(List<Article> items, String next) {
    }
}
