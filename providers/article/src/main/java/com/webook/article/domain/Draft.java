package com.webook.article.domain;

import com.webook.provider.support.text.TextPolicy;

/**
 * What an author asks to store: a new article ({@code id} null) or a new version of one of theirs.
 * Rules: title 1–{@value #TITLE_MAX} characters of visible text; content Markdown of at most
 * {@value #CONTENT_MAX_BYTES} bytes of UTF-8, possibly empty. Both follow the platform's {@link TextPolicy}
 * (well-formed, no control characters but line breaks and tabs in the content, no bidirectional
 * overrides) and are stored as given. Lengths count code points, as MySQL's utf8mb4 columns do.
 */
public record Draft(AuthorId authorId, ArticleId id, String title, String content) {

    public static final int TITLE_MAX = 256;
    public static final int CONTENT_MAX_BYTES = 1 << 20;

    /** A draft that satisfies the rules, or a rejection naming the first field that breaks one. */
    public static Draft of(long authorId, long articleId, String title, String content) {
        if (authorId <= 0) {
            throw ArticleRejected.invalid("authorId must be positive");
        }
        if (articleId < 0) {
            throw ArticleRejected.invalid("articleId must be 0 for a new article or the id of one");
        }
        if (title == null || title.isBlank()) {
            throw ArticleRejected.invalid("title is required");
        }
        String titleProblem = TextPolicy.problemWithName(title);
        if (titleProblem != null) {
            throw ArticleRejected.invalid("title " + titleProblem);
        }
        if (title.codePointCount(0, title.length()) > TITLE_MAX) {
            throw ArticleRejected.invalid("title must have at most 256 characters");
        }
        if (content == null) {
            throw ArticleRejected.invalid("content is required");
        }
        String contentProblem = TextPolicy.problemWithText(content);
        if (contentProblem != null) {
            throw ArticleRejected.invalid("content " + contentProblem);
        }
        long bytes = Utf8.length(content);
        if (bytes > CONTENT_MAX_BYTES) {
            throw ArticleRejected.invalid("content must be at most 1 MiB (1048576 bytes of UTF-8)");
        }
        return new Draft(new AuthorId(authorId), articleId == 0 ? null : new ArticleId(articleId), title, content);
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public String toString() {
        return "Draft[authorId=" + authorId + ", id=" + id + "]";
    }

    /** UTF-8 lengths without encoding. */
    static final class Utf8 {

        private Utf8() {
        }

        /** The UTF-8 byte length of {@code s}, or -1 when it holds a lone surrogate. */
        static long length(String s) {
            long bytes = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                        return -1;
                    }
                    bytes += 4;
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return -1;
                } else {
                    bytes += 3;
                }
            }
            return bytes;
        }
    }
}
