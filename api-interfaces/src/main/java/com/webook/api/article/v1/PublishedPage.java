package com.webook.api.article.v1;

import java.io.Serializable;
import java.util.List;

/**
 * One page of published articles, most recently updated first. {@code nextCursor} continues after the
 * last item; it is null when there is nothing more.
 */
public record PublishedPage(List<ArticleSummary> items, String nextCursor) implements Serializable {

    public PublishedPage {
        items = List.copyOf(items);
    }
}
