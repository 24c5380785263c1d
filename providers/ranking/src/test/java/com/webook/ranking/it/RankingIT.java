package com.webook.ranking.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.webook.api.ranking.v1.RankingService;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.provider.support.testing.RemoteServices;
import com.webook.ranking.application.ArticleCounts;
import com.webook.ranking.application.InMemoryRanking;
import com.webook.ranking.application.PublishedArticles;
import com.webook.ranking.application.RankingStore;
import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.domain.HotList;
import com.webook.ranking.infrastructure.config.RankingProperties;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * What every ranking integration test shares: one context (the whole provider against the real Redis, Kafka
 * and etcd), in which the article and interactive contexts are in memory: the hot list's rules and its
 * Redis, Kafka and executor sides are under test here; the calls to the real providers are the end-to-end
 * scenarios'. Each test starts from no list.
 */
@ProviderIntegrationTest
abstract class RankingIT {

    static final InMemoryRanking.Articles ARTICLES = new InMemoryRanking.Articles();
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);

    @TestBean(name = "publishedArticles", methodName = "articles")
    PublishedArticles publishedArticles;

    @TestBean(name = "articleCounts", methodName = "counts")
    ArticleCounts articleCounts;

    @Autowired
    RemoteServices remote;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    RankingProperties properties;

    @Autowired
    RankingStore store;

    /** Each port on its own (the in-memory articles are both, and each bean must be one). */
    static PublishedArticles articles() {
        return new PublishedArticles() {
            @Override
            public Page page(String cursor, int size) {
                return ARTICLES.page(cursor, size);
            }

            @Override
            public List<Article> published(List<Long> ids) {
                return ARTICLES.published(ids);
            }
        };
    }

    static ArticleCounts counts() {
        return ARTICLES::of;
    }

    @BeforeEach
    void noListYet() {
        ARTICLES.clear();
        redis.delete(List.of("ranking:hot", "ranking:candidates", "ranking:last-period"));
        // an empty list, announced: every instance's copy is emptied too
        store.publish(HotList.NONE);
        await().atMost(Duration.ofSeconds(5)).until(() -> ranking().hot(0, 100).total() == 0);
    }

    RankingService ranking() {
        return remote.discovered(RankingService.class);
    }

    /** A published article updated {@code age} ago with {@code likes} likes; its id. */
    long publish(Duration age, long likes) {
        long id = IDS.incrementAndGet();
        ARTICLES.publish(new Article(id, 7, "title " + id, "abstract " + id, Instant.now().minus(age)),
                new Counts(likes, 0, 0));
        return id;
    }
}
