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
import com.webook.article.infrastructure.cache.LocalReaderCache;
import com.webook.article.infrastructure.cache.RedisArticleCache;
import com.webook.article.infrastructure.cache.RedisCacheInvalidations;
import com.webook.article.infrastructure.persistence.CachedArticleRepository;
import com.webook.article.infrastructure.persistence.MybatisArticleDao;
import com.webook.provider.support.redis.UnreachableRedis;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With Redis unreachable, the article repository reads and writes MySQL and still answers, counting
 * each cache failure. The client is a real Lettuce client pointed at a port where nothing listens.
 */
@ProviderIntegrationTest
class RedisDownIT {

    @Autowired
    MybatisArticleDao dao;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    LettuceConnectionFactory unreachableRedis;
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    CachedArticleRepository articles;

    @BeforeEach
    void pointTheCachesAtADeadRedis() {
        unreachableRedis = UnreachableRedis.connectionFactory();
        StringRedisTemplate deadRedis = new StringRedisTemplate(unreachableRedis);
        LocalReaderCache local = new LocalReaderCache(Duration.ofSeconds(30), 16 << 20, meters);
        articles = new CachedArticleRepository(dao, transactions, new RedisArticleCache(deadRedis, json), local,
                new RedisCacheInvalidations(deadRedis, "it:dead", local), meters);
    }

    @AfterEach
    void close() {
        unreachableRedis.destroy();
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

        double degraded = meters.find("webook.cache.degraded").counters().stream().mapToDouble(c -> c.count()).sum();
        assertThat(degraded).as("cache failures counted").isGreaterThanOrEqualTo(8);
    }
}
