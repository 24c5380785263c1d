package com.webook.interactive.infrastructure.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.interactive.v1.InteractiveService;
import com.webook.interactive.application.Collecting;
import com.webook.interactive.application.CountingReads;
import com.webook.interactive.application.Liking;
import com.webook.interactive.application.ManagingFolders;
import com.webook.interactive.application.ViewingInteractions;
import com.webook.interactive.domain.FolderRepository;
import com.webook.interactive.domain.InteractionEvents;
import com.webook.interactive.domain.InteractiveRepository;
import com.webook.interactive.domain.MarkChanges;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.infrastructure.cache.CountsCache;
import com.webook.interactive.infrastructure.cache.FeedMarkChanges;
import com.webook.interactive.infrastructure.cache.RedisCountsCache;
import com.webook.interactive.infrastructure.cache.RedisFirstReads;
import com.webook.interactive.infrastructure.cache.ResilientCountsCache;
import com.webook.interactive.infrastructure.messaging.KafkaInteractionEvents;
import com.webook.interactive.infrastructure.messaging.ReadEventParser;
import com.webook.interactive.infrastructure.persistence.CachedInteractiveRepository;
import com.webook.interactive.infrastructure.persistence.JdbcReadBatches;
import com.webook.interactive.infrastructure.persistence.MybatisFolderRepository;
import com.webook.interactive.infrastructure.persistence.MybatisInteractiveDao;
import com.webook.interactive.infrastructure.persistence.MysqlReadCounter;
import com.webook.interactive.rpc.InteractiveRpcService;
import com.webook.provider.support.events.AppliedEvents;
import com.webook.provider.support.events.AppliedEventsPruning;
import com.webook.provider.support.events.EventBatchConsumer;
import com.webook.provider.support.events.EventPublisher;
import com.webook.provider.support.events.KafkaClientConfigs;
import com.webook.provider.support.events.KafkaDeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every bean of the interactive context, wired by hand: nothing in domain or application is scanned.
 * {@code @EnableDubbo} here only makes Dubbo export the {@code @DubboService} bean method below.
 */
@Configuration(proxyBeanMethods = false)
@EnableDubbo
@EnableConfigurationProperties({ReadEventsProperties.class, InteractionEventsProperties.class})
@MapperScan(basePackageClasses = MybatisInteractiveDao.class, annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class InteractiveConfiguration {

    @Bean
    CountsCache countsCache(StringRedisTemplate redis, MeterRegistry meters) {
        return new ResilientCountsCache(new RedisCountsCache(redis), meters);
    }

    /** The pool runs READ COMMITTED (application.yml); every write transaction is bounded to 5 s. */
    @Bean
    TransactionTemplate interactiveTransactions(PlatformTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setTimeout(5);
        return template;
    }

    @Bean
    InteractiveRepository interactiveRepository(MybatisInteractiveDao dao, CountsCache cache,
                                                TransactionTemplate interactiveTransactions, Clock clock) {
        return new CachedInteractiveRepository(dao, cache, interactiveTransactions, clock);
    }

    @Bean
    FolderRepository folderRepository(MybatisInteractiveDao dao, CountsCache cache,
                                      TransactionTemplate interactiveTransactions, Clock clock) {
        return new MybatisFolderRepository(dao, cache, interactiveTransactions, clock);
    }

    /** The ids of the read events counted, so that a redelivered one counts nothing (sql/interactive). */
    @Bean
    AppliedEvents appliedReadEvents(JdbcTemplate jdbc) {
        return new AppliedEvents(jdbc, "read_events_applied");
    }

    @Bean
    MysqlReadCounter readCounter(AppliedEvents appliedReadEvents, JdbcTemplate jdbc, CountsCache cache,
                                 TransactionTemplate interactiveTransactions, Clock clock) {
        return new MysqlReadCounter(appliedReadEvents, new JdbcReadBatches(jdbc), cache, interactiveTransactions,
                clock);
    }

    /** Changes of users' marks, for the callers that keep them near readers (kept ten minutes on the feed). */
    @Bean
    MarkChanges markChanges(RedisConnectionFactory redis,
                            @Value("${webook.interactive.reader-changes-feed:" + InteractiveService.READER_CHANGES_FEED + "}")
                            String feed) {
        return new FeedMarkChanges(redis, feed, Duration.ofMinutes(10));
    }

    @Bean
    EventPublisher interactionEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper json,
                                             InteractionEventsProperties events, MeterRegistry meters) {
        return new EventPublisher("interactive", kafka, json, events.queueCapacity(), List.of(events.topic()), meters);
    }

    @Bean
    InteractionEvents interactionEvents(EventPublisher interactionEventPublisher, InteractionEventsProperties events,
                                        Clock clock) {
        return new KafkaInteractionEvents(interactionEventPublisher, events.topic(), clock);
    }

    @Bean
    Liking liking(InteractiveRepository interactions, MarkChanges changes, InteractionEvents interactionEvents) {
        return new Liking(interactions, changes, interactionEvents);
    }

    @Bean
    Collecting collecting(InteractiveRepository interactions, MarkChanges changes, InteractionEvents interactionEvents) {
        return new Collecting(interactions, changes, interactionEvents);
    }

    @Bean
    ManagingFolders managingFolders(FolderRepository folders, Clock clock, MarkChanges changes,
                                    @Value("${webook.interactive.max-folders:200}") int maxFolders) {
        return new ManagingFolders(folders, clock, maxFolders, changes);
    }

    @Bean
    ViewingInteractions viewingInteractions(InteractiveRepository interactions) {
        return new ViewingInteractions(interactions);
    }

    @Bean
    CountingReads countingReads(MysqlReadCounter readCounter, StringRedisTemplate redis, ReadEventsProperties properties,
                                MeterRegistry meters) {
        return new CountingReads(readCounter, new RedisFirstReads(redis, properties.readerPeriod(), meters), meters);
    }

    @Bean
    AppliedEventsPruning appliedEventsPruning(AppliedEvents appliedReadEvents, ReadEventsProperties properties,
                                              Clock clock) {
        return new AppliedEventsPruning(appliedReadEvents, properties.dedupeRetention(), properties.pruneInterval(),
                clock);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "webook.interactive.read-events.enabled", havingValue = "true", matchIfMissing = true)
    KafkaDeadLetters readEventDeadLetters(ReadEventsProperties properties,
                                          @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        return new KafkaDeadLetters(new KafkaProducer<>(KafkaClientConfigs.producer(bootstrapServers)),
                properties.deadLetterTopic());
    }

    @Bean
    @ConditionalOnProperty(name = "webook.interactive.read-events.enabled", havingValue = "true", matchIfMissing = true)
    EventBatchConsumer<ReadEvent> readEventConsumer(ReadEventsProperties properties, CountingReads counting,
                                                    KafkaDeadLetters readEventDeadLetters, ObjectMapper json,
                                                    MeterRegistry meters,
                                                    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        EventBatchConsumer.Settings settings = new EventBatchConsumer.Settings(properties.topic(),
                properties.batchSize(), properties.batchWait(), properties.retryBackoff());
        return new EventBatchConsumer<>(settings,
                () -> new KafkaConsumer<>(KafkaClientConfigs.consumer(bootstrapServers, properties.groupId(),
                        properties.autoOffsetReset(), properties.batchSize())),
                new ReadEventParser(json), counting::count, readEventDeadLetters, meters);
    }

    @Bean
    @DubboService(interfaceClass = InteractiveService.class, version = InteractiveService.VERSION)
    InteractiveService interactiveRpcService(Liking liking, Collecting collecting, ManagingFolders folders,
                                             ViewingInteractions viewing) {
        return new InteractiveRpcService(liking, collecting, folders, viewing);
    }
}
