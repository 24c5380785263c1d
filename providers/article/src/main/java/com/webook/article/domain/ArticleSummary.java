package com.webook.article.domain;

import java.time.Instant;


/** An article for lists: its content cut to an abstract of at most {@value #ABSTRACT_LENGTH} characters. */
public record ArticleSummary(ArticleId id, AuthorId authorId, String title, String abstractText,
                             ArticleStatus status, Instant createdAt, Instant updatedAt) {

    public static final int ABSTRACT_LENGTH = 128;

    /** The first {@value #ABSTRACT_LENGTH} characters (code points, as MySQL counts them) of {@code content}. */
    public static String abstractOf(String content) {
        if (content.codePointCount(0, content.length()) <= ABSTRACT_LENGTH) {
            return content;
        }
        return content.substring(0, content.offsetByCodePoints(0, ABSTRACT_LENGTH));
    }
}
