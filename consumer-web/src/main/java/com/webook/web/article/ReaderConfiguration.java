package com.webook.web.article;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.ArticleView;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.user.v1.UserService;
import com.webook.governance.feed.NearCopies;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.unit.DataSize;

/**
 * What the reader's side needs besides the providers: a pool for parallel fetches, authors' names, the rule
 * that readers act on published articles only, the copies of published articles and their counts kept near
 * the readers, and the reads counted in batches.
 */
@Configuration(proxyBeanMethods = false)
class ReaderConfiguration {

    /**
     * The threads that fetch counts while the request thread fetches the article. Bounded: when the
     * queue is full the request thread fetches the counts itself (slower, never refused). The request's
     * trace goes along to the pool's threads.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService readerFanOut(@Value("${webook.reader.fan-out-threads:64}") int threads, MeterRegistry meters) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(threads * 4), new CustomizableThreadFactory("reader-fan-out-"),
                new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        ExecutorService measured = ExecutorServiceMetrics.monitor(meters, pool, "reader-fan-out");
        return ContextExecutorService.wrap(measured, ContextSnapshotFactory.builder().build()::captureAll);
    }

    @Bean
    AuthorNames authorNames(UserService users,
                            @Value("${webook.reader.author-name-ttl:1m}") Duration ttl,
                            @Value("${webook.reader.author-name-cache-size:100000}") long size) {
        return new AuthorNames(users, ttl, size);
    }

    @Bean
    PublishedArticles publishedArticles(ArticleService articles) {
        return new PublishedArticles(articles);
    }

    /** Published articles near the readers, dropped when the article context announces a change. */
    @Bean
    NearCopies<ArticleView> articleCopies(RedisConnectionFactory redis, MeterRegistry meters,
                                          @Value("${webook.reader.near.changes-feed:" + ArticleService.CHANGES_FEED + "}")
                                          String feed,
                                          @Value("${webook.reader.near.article-ttl:60s}") Duration ttl,
                                          @Value("${webook.reader.near.article-max-size:64MB}") DataSize maxSize) {
        return new NearCopies<>("article.reader.near", redis, feed, ttl, maxSize.toBytes(), NearArticles::weightOf,
                meters);
    }

    @Bean
    NearArticles nearArticles(ArticleService articles, NearCopies<ArticleView> articleCopies) {
        return new NearArticles(articles, articleCopies);
    }

    /** Logged-in readers' marks near them, dropped when the interactive context announces a change. */
    @Bean
    NearCopies<NearReaderMarks.Marks> readerMarkCopies(
            RedisConnectionFactory redis, MeterRegistry meters,
            @Value("${webook.reader.near.reader-changes-feed:" + InteractiveService.READER_CHANGES_FEED + "}") String feed,
            @Value("${webook.reader.near.marks-ttl:5m}") Duration ttl,
            @Value("${webook.reader.near.marks-max-size:64MB}") DataSize maxSize) {
        return new NearCopies<>("reader.marks.near", redis, feed, ttl, maxSize.toBytes(), NearReaderMarks.Marks::weight,
                meters);
    }

    @Bean
    NearReaderMarks nearReaderMarks(InteractiveService interactions, NearCopies<NearReaderMarks.Marks> readerMarkCopies) {
        return new NearReaderMarks(interactions, readerMarkCopies);
    }

    @Bean
    NearCounts nearCounts(InteractiveService interactions, MeterRegistry meters,
                          @Value("${webook.reader.near.counts-ttl:1s}") Duration ttl,
                          @Value("${webook.reader.near.counts-max-size:100000}") long maxEntries) {
        return new NearCounts(interactions, ttl, maxEntries, meters);
    }

    @Bean
    ReaderWarmUp readerWarmUp(ArticleService articles, InteractiveService interactions, UserService users,
                              @Value("${webook.reader.warm-up-calls:3}") int rounds) {
        return new ReaderWarmUp(articles, interactions, users, rounds);
    }

    @Bean
    ReadRecorder readRecorder(ArticleService articles, Clock clock, MeterRegistry meters,
                              @Value("${webook.reader.reads.queue-capacity:100000}") int capacity,
                              @Value("${webook.reader.reads.flush-every:100ms}") Duration flushEvery) {
        return new ReadRecorder(articles, clock, capacity, flushEvery, meters);
    }
}
