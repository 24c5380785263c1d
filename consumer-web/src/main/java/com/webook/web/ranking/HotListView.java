package com.webook.web.ranking;

import java.util.List;
import java.util.Objects;

import com.webook.api.ranking.v1.HotArticle;
import com.webook.api.ranking.v1.HotList;

/**
 * A page of the hot list: its articles (abstracts, counts, score), how many the whole list holds, when
 * it was computed (and last reconciled by the full job), and whether this is a copy that could not be
 * confirmed current ({@code stale}).
 */
record HotListView(List<Item> items, int total, String computedAt, String reconciledAt, boolean stale) {

    record Item(long id, long authorId, String title, String abstractText, String updatedAt, long likeCount,
                long collectCount, long readCount, double score) {

        static Item of(HotArticle article) {
            return new Item(article.id(), article.authorId(), article.title(), article.abstractText(),
                    Objects.toString(article.updatedAt(), null), article.likeCount(), article.collectCount(),
                    article.readCount(), article.score());
        }
    }

    static HotListView page(HotList whole, int offset, int limit) {
        List<HotArticle> items = whole.items();
        List<Item> page = offset >= items.size() ? List.of()
                : items.subList(offset, Math.min(items.size(), offset + limit)).stream().map(Item::of).toList();
        return new HotListView(page, whole.total(), Objects.toString(whole.computedAt(), null),
                Objects.toString(whole.reconciledAt(), null), whole.stale());
    }
}
