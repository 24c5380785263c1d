package com.webook.article.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleEvents;

/** Keeps every event it is given. */
class RecordedEvents implements ArticleEvents {

    final List<ArticleEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ArticleEvent event) {
        events.add(event);
    }
}
