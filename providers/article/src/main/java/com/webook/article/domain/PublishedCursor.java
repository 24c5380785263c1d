package com.webook.article.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of published articles ends: the last item's update time and id, since the list is ordered
 * by both, descending. Callers see it only as an opaque string.
 */
public record PublishedCursor(long updatedAtMillis, long id) {

    private static final String VERSION = "v1";

    public static PublishedCursor after(ArticleSummary last) {
        return new PublishedCursor(last.updatedAt().toEpochMilli(), last.id().value());
    }

    public String encode() {
        String plain = VERSION + ":" + updatedAtMillis + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a page handed out, or a rejection for anything else. */
    public static PublishedCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":", -1);
            if (parts.length == 3 && parts[0].equals(VERSION)) {
                long updatedAt = Long.parseLong(parts[1]);
                long id = Long.parseLong(parts[2]);
                if (updatedAt >= 0 && id > 0) {
                    return new PublishedCursor(updatedAt, id);
                }
            }
        } catch (IllegalArgumentException malformed) {
            // Not Base64 or not numbers: refused below like any other foreign string.
        }
        throw ArticleRejected.invalid("cursor is not one this service handed out");
    }
}
