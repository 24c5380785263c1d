package com.webook.article.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.article.v1.ArticleService;
import com.webook.article.application.PublishingArticle;
import com.webook.article.application.ReadingArticles;
import com.webook.article.application.SavingArticle;
import com.webook.article.application.ViewingOwnArticles;
import com.webook.article.application.WithdrawingArticle;
import com.webook.article.domain.ArticleEvents;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.infrastructure.cache.ArticleCache;
import com.webook.article.infrastructure.cache.FeedCacheInvalidations;
import com.webook.article.infrastructure.cache.LocalReaderCache;
import com.webook.article.infrastructure.cache.RedisArticleCache;
import com.webook.article.infrastructure.messaging.KafkaArticleEvents;
import com.webook.article.infrastructure.persistence.CachedArticleRepository;
import com.webook.article.infrastructure.persistence.MybatisArticleDao;
import com.webook.article.rpc.ArticleRpcService;
import com.webook.provider.support.events.EventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every bean of the article context, wired by hand: nothing in domain or application is scanned.
 * {@code @EnableDubbo} here only makes Dubbo export the {@code @DubboService} bean method below.
 */
@Configuration(proxyBeanMethods = false)
@EnableDubbo
@EnableConfigurationProperties(ArticleProperties.class)
@MapperScan(basePackageClasses = MybatisArticleDao.class, annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class ArticleConfiguration {

    @Bean
    LocalReaderCache localReaderCache(ArticleProperties properties, MeterRegistry meters) {
        ArticleProperties.Cache cache = properties.cache();
        return new LocalReaderCache(cache.localTtl(), cache.localMaxSize().toBytes(), meters);
    }

    @Bean
    ArticleCache articleCache(StringRedisTemplate redis, ObjectMapper json) {
        return new RedisArticleCache(redis, json);
    }

    /**
     * The change feed, kept ten local lifetimes and at least ten minutes: a follower back from an outage of up
     * to that long misses nothing (consumer-web's copies live at most a minute).
     */
    @Bean
    FeedCacheInvalidations cacheInvalidations(RedisConnectionFactory redis, ArticleProperties properties,
                                              LocalReaderCache local) {
        Duration tenLifetimes = properties.cache().localTtl().multipliedBy(10);
        Duration retention = tenLifetimes.compareTo(Duration.ofMinutes(10)) > 0 ? tenLifetimes : Duration.ofMinutes(10);
        return new FeedCacheInvalidations(redis, properties.cache().changesFeed(), retention, local);
    }

    @Bean
    ArticleRepository articleRepository(MybatisArticleDao dao, TransactionTemplate transactions, ArticleCache cache,
                                        LocalReaderCache local, FeedCacheInvalidations invalidations,
                                        MeterRegistry meters) {
        return new CachedArticleRepository(dao, transactions, cache, local, invalidations, meters);
    }

    @Bean
    EventPublisher articleEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper json,
                                         ArticleProperties properties, MeterRegistry meters) {
        ArticleProperties.Events events = properties.events();
        return new EventPublisher("article", kafka, json, events.queueCapacity(),
                List.of(events.publishedTopic(), events.readTopic()), meters);
    }

    @Bean
    KafkaArticleEvents articleEvents(EventPublisher articleEventPublisher, ArticleProperties properties) {
        ArticleProperties.Events events = properties.events();
        return new KafkaArticleEvents(articleEventPublisher,
                new KafkaArticleEvents.Topics(events.publishedTopic(), events.readTopic()));
    }

    @Bean
    SavingArticle savingArticle(ArticleRepository articles, Clock clock,
                                @Value("${webook.article.max-drafts:1000}") int maxDrafts) {
        return new SavingArticle(articles, clock, maxDrafts);
    }

    @Bean
    PublishingArticle publishingArticle(ArticleRepository articles, ArticleEvents events, Clock clock) {
        return new PublishingArticle(articles, events, clock);
    }

    @Bean
    WithdrawingArticle withdrawingArticle(ArticleRepository articles, Clock clock) {
        return new WithdrawingArticle(articles, clock);
    }

    @Bean
    ViewingOwnArticles viewingOwnArticles(ArticleRepository articles) {
        return new ViewingOwnArticles(articles);
    }

    @Bean
    ReadingArticles readingArticles(ArticleRepository articles, ArticleEvents events, Clock clock) {
        return new ReadingArticles(articles, events, clock);
    }

    @Bean
    @DubboService(interfaceClass = ArticleService.class, version = ArticleService.VERSION)
    ArticleService articleRpcService(SavingArticle saving, PublishingArticle publishing, WithdrawingArticle withdrawing,
                                     ViewingOwnArticles own, ReadingArticles reading) {
        return new ArticleRpcService(saving, publishing, withdrawing, own, reading);
    }
}
