package com.webook.api.article.v1;

import java.io.Serializable;

/**
 * A draft to store. {@code articleId} 0 creates a new article; any other id updates that article,
 * which only its author may do. Title 1–256 characters; content Markdown up to 1 MiB (UTF-8), stored
 * as given.
 */
public record SaveArticleRequest(long authorId, long articleId, String title, String content)
        implements Serializable {
}
