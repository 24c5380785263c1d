package com.webook.ranking.infrastructure.redis;

import java.time.Instant;

import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.Counts;

/** A candidate as kept in Redis (JSON): flat, times as epoch milliseconds, a format of its own. */
record StoredCandidate(long id, long authorId, String title, String abstractText, long updatedAt, long likes,
                       long collects, long reads, long countedAt) {

    static StoredCandidate of(Candidate candidate) {
        Article article = candidate.article();
        Counts counts = candidate.counts();
        return new StoredCandidate(article.id(), article.authorId(), article.title(), article.abstractText(),
                article.updatedAt().toEpochMilli(), counts.likes(), counts.collects(), counts.reads(),
                candidate.countedAt().toEpochMilli());
    }

    Candidate toCandidate() {
        return new Candidate(new Article(id, authorId, title, abstractText, Instant.ofEpochMilli(updatedAt)),
                new Counts(likes, collects, reads), Instant.ofEpochMilli(countedAt));
    }
}
