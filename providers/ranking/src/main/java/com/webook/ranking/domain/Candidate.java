package com.webook.ranking.domain;

import java.time.Instant;

/**
 * An article that may be on the hot list, with its counts as they were read at {@code countedAt}: of two
 * candidates for one article, the one counted later is the truer.
 */
public record Candidate(Article article, Counts counts, Instant countedAt) {

    public long id() {
        return article.id();
    }

    public Candidate withArticle(Article changed) {
        return new Candidate(changed, counts, countedAt);
    }

    public Candidate withCounts(Counts recounted, Instant at) {
        return new Candidate(article, recounted, at);
    }
}
