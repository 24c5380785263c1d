package com.webook.article.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.article.domain.Article;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleSummary;
import com.webook.article.domain.AuthorId;
import com.webook.article.domain.Draft;
import com.webook.article.infrastructure.cache.FeedCacheInvalidations;
import com.webook.article.infrastructure.cache.LocalReaderCache;
import com.webook.article.infrastructure.cache.RedisArticleCache;
import com.webook.article.infrastructure.persistence.CachedArticleRepository;
import com.webook.article.infrastructure.persistence.MybatisArticleDao;
import com.webook.provider.support.redis.UnreachableRedis;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With Redis unreachable, the article repository reads and writes MySQL and still answers, counting
 * each cache failure.
 */
@ProviderIntegrationTest
class RedisDownIT {

    @Autowired
    MybatisArticleDao dao;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    @RegisterExtension
    final UnreachableRedis redis = new UnreachableRedis();

    CachedArticleRepository articles;

    @BeforeEach
    void pointTheCachesAtADeadRedis() {
        LocalReaderCache local = new LocalReaderCache(Duration.ofSeconds(30), 16 << 20, redis.meters());
        articles = new CachedArticleRepository(dao, transactions, new RedisArticleCache(redis.template(), json), local,
                new FeedCacheInvalidations(redis.template().getConnectionFactory(), "it:dead", Duration.ofMinutes(10), local),
                redis.meters());
    }

    @Test
    void writesAndReadsGoToMySqlAndSucceed() {
        AuthorId ada = new AuthorId(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));

        ArticleId id = articles.publish(Draft.of(ada.value(), 0, "offline", "cache down"), Instant.now()).orElseThrow();
        assertThat(articles.findPublished(id)).map(Article::title).contains("offline");
        assertThat(articles.findDraft(id)).map(Article::content).contains("cache down");
        assertThat(articles.findByAuthor(ada, 0, 10)).extracting(ArticleSummary::id).containsExactly(id);

        assertThat(articles.withdraw(ada, id, Instant.now())).isTrue();
        assertThat(articles.findPublished(id)).as("this instance dropped its own copy").isEmpty();

        assertThat(redis.cacheFailuresCounted()).as("cache failures counted").isGreaterThanOrEqualTo(8);
    }
}
