package com.webook.interactive.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.article.v1.ArticleReadEvent;
import com.webook.interactive.application.CountingReads;
import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReadsApplied;
import com.webook.interactive.infrastructure.cache.RedisCountsCache;
import com.webook.interactive.infrastructure.cache.RedisFirstReads;
import com.webook.interactive.infrastructure.config.ReadEventsProperties;
import com.webook.interactive.infrastructure.messaging.ReadEventParser;
import com.webook.interactive.infrastructure.persistence.MysqlReadCounter;
import com.webook.provider.support.events.AppliedEvents;
import com.webook.provider.support.events.AppliedEventsPruning;
import com.webook.provider.support.events.EventBatchConsumer;
import com.webook.provider.support.events.KafkaClientConfigs;
import com.webook.provider.support.events.KafkaDeadLetters;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read consumer against the real Kafka, MariaDB and Redis. The app's own consumer reads the topic of
 * this run; redelivery and restarts use further consumers built from the same beans.
 */
@ProviderIntegrationTest
class ReadEventConsumerIT {

    private static KafkaProducer<String, String> producer;

    @Autowired
    ReadEventsProperties settings;

    @Autowired
    CountingReads counting;

    @Autowired
    KafkaDeadLetters deadLetters;

    @Autowired
    MysqlReadCounter readCounter;

    @Autowired
    AppliedEvents appliedReadEvents;

    @Autowired
    ObjectMapper json;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @BeforeAll
    static void producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getProperty("webook.it.kafka.bootstrap-servers", "127.0.0.1:9092"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void aStreamOfReadsIsAppliedInBatchesOnceEachAndIncrementsOnlyCachedEntries() throws Exception {
        long cached = Ids.fresh();
        long uncached = Ids.fresh();
        new RedisCountsCache(redis).putAll(List.of(new com.webook.interactive.domain.Counts(
                new BizObject("article", cached), 0, 0, 0)));
        double batchesBefore = meters.summary("webook.interactive.read.batch.size").count();

        for (int i = 0; i < 300; i++) {
            send(settings.topic(), read(i % 3 == 0 ? uncached : cached));
        }
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(reads(cached)).isEqualTo(200);
            assertThat(reads(uncached)).isEqualTo(100);
            // The cache is incremented just after each commit.
            assertThat(redis.opsForHash().get(RedisCountsCache.key(new BizObject("article", cached)), "read_cnt"))
                    .isEqualTo("200");
        });
        assertThat(redis.hasKey(RedisCountsCache.key(new BizObject("article", uncached)))).isFalse();
        assertThat(meters.summary("webook.interactive.read.batch.size").count() - batchesBefore)
                .as("batches, not one transaction per event").isLessThan(60);
    }

    /**
     * What was found: 100 anonymous views of one article counted 101 reads. A reader's reads of an article
     * within the period count once, whoever the reader is; other readers count; reads that name no reader
     * count each.
     */
    @Test
    void aReadersRepeatedReadsWithinThePeriodCountOnce() throws Exception {
        long article = Ids.fresh();
        for (int i = 0; i < 20; i++) {
            send(settings.topic(), read(article, "client:same-browser"));
            send(settings.topic(), read(article, "user:" + article));
        }
        send(settings.topic(), read(article, "client:another-browser"));
        send(settings.topic(), read(article, null));
        send(settings.topic(), read(article, null));
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> reads(article) == 5);
        double repeatsBefore = meters.counter(CountingReads.EVENTS, "outcome", "repeat").count();
        send(settings.topic(), read(article, "client:same-browser"));
        producer.flush();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                meters.counter(CountingReads.EVENTS, "outcome", "repeat").count() > repeatsBefore);
        assertThat(reads(article)).isEqualTo(5);
    }

    @Test
    void aRedeliveredReadCountsWhereItCountedAndRepeatsStayRepeats() {
        long article = Ids.fresh();
        RedisFirstReads firstReads = new RedisFirstReads(redis, Duration.ofMinutes(10), new SimpleMeterRegistry());
        ReadEvent first = new ReadEvent("e-" + UUID.randomUUID(), new BizObject("article", article), "user:1");
        ReadEvent repeat = new ReadEvent("e-" + UUID.randomUUID(), new BizObject("article", article), "user:1");

        assertThat(firstReads.firstOfTheirReaders(List.of(first, repeat))).containsExactly(first);
        assertThat(firstReads.firstOfTheirReaders(List.of(repeat, first))).as("the same batch again")
                .containsExactly(first);
        assertThat(redis.getExpire(RedisFirstReads.key(first))).isBetween(590L, 600L);
    }

    @Test
    void redeliveredEventsAreNotCountedTwice() throws Exception {
        long article = Ids.fresh();
        for (int i = 0; i < 50; i++) {
            send(settings.topic(), read(article));
        }
        producer.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> reads(article) == 50);

        // Everything on the topic again, from its start, as after lost offsets or a group reset.
        SimpleMeterRegistry replayMeters = new SimpleMeterRegistry();
        EventBatchConsumer<ReadEvent> replay = consumer(settings.topic(), "it-replay-" + UUID.randomUUID(),
                new CountingReads(readCounter, replayMeters));
        replay.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    replayMeters.counter(CountingReads.EVENTS, "outcome", "duplicate").count() >= 50);
        } finally {
            replay.stop();
        }

        assertThat(reads(article)).isEqualTo(50);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndLaterReadsStillCount() throws Exception {
        long article = Ids.fresh();
        String poisonId = UUID.randomUUID().toString();
        send(settings.topic(), "{\"eventId\":\"" + poisonId + "\",\"readerId\":1}");
        send(settings.topic(), "not json " + poisonId);
        for (int i = 0; i < 20; i++) {
            send(settings.topic(), read(article));
        }
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> reads(article) == 20);
        List<ConsumerRecord<byte[], byte[]>> letters = deadLettersContaining(poisonId, 2);
        assertThat(letters).extracting(r -> new String(r.headers().lastHeader("webook.dlt.reason").value(),
                StandardCharsets.UTF_8)).containsExactlyInAnyOrder("articleId must be a positive integer", "not JSON");
        assertThat(letters).allSatisfy(r -> assertThat(new String(r.headers().lastHeader("webook.dlt.topic").value(),
                StandardCharsets.UTF_8)).isEqualTo(settings.topic()));
        assertThat(meters.counter(EventBatchConsumer.CONSUMED, "topic", settings.topic(), "outcome", "dead_lettered").count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aConsumerRestartedMidStreamLosesAndDoublesNothing() throws Exception {
        String topic = "it_article_read_events_restart_" + UUID.randomUUID();
        String group = "it-restart-" + UUID.randomUUID();
        long[] articles = {Ids.fresh(), Ids.fresh(), Ids.fresh(), Ids.fresh()};
        int total = 4_000;
        EventBatchConsumer<ReadEvent> first = consumer(topic, group, counting);
        first.start();
        Thread stream = new Thread(() -> {
            for (int i = 0; i < total; i++) {
                send(topic, read(articles[i % articles.length]));
                if (i % 100 == 99) {
                    producer.flush();
                    sleep(25);
                }
            }
            producer.flush();
        });
        stream.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> totalReads(articles) > 0);
        first.stop();
        long countedByFirst = totalReads(articles);
        EventBatchConsumer<ReadEvent> second = consumer(topic, group, counting);
        second.start();
        try {
            stream.join(TimeUnit.SECONDS.toMillis(60));
            await().atMost(Duration.ofSeconds(60)).until(() -> totalReads(articles) >= total);
            Thread.sleep(1_000); // anything counted twice would show up now
        } finally {
            second.stop();
        }

        assertThat(countedByFirst).as("stopped mid-stream").isLessThan(total);
        assertThat(totalReads(articles)).isEqualTo(total);
        for (long article : articles) {
            assertThat(reads(article)).isEqualTo(total / articles.length);
        }
    }

    @Test
    void aBatchMixingCountedAndNewEventsCountsOnlyTheNewOnesOnce() {
        BizObject article = new BizObject("article", Ids.fresh());
        String old = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        readCounter.apply(List.of(new ReadEvent(old, article)));

        ReadsApplied applied = readCounter.apply(List.of(new ReadEvent(old, article), new ReadEvent(fresh, article),
                new ReadEvent(fresh, article)));

        assertThat(applied).isEqualTo(new ReadsApplied(1, 2));
        assertThat(reads(article.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM read_events_applied WHERE event_id IN (?, ?)",
                Integer.class, old, fresh)).isEqualTo(2);
    }

    @Test
    void idsOfEventsCountedLongAgoAreForgotten() {
        String old = "it-old-" + UUID.randomUUID();
        String recent = "it-recent-" + UUID.randomUUID();
        jdbc.update("INSERT INTO read_events_applied (event_id, applied_at) VALUES (?, ?), (?, ?)",
                old, System.currentTimeMillis() - Duration.ofDays(8).toMillis(), recent, System.currentTimeMillis());

        long forgotten = new AppliedEventsPruning(appliedReadEvents, Duration.ofDays(7), Duration.ofHours(1),
                java.time.Clock.systemUTC()).pruneOnce();

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("SELECT event_id FROM read_events_applied WHERE event_id IN (?, ?)", String.class,
                old, recent)).containsExactly(recent);
    }

    private EventBatchConsumer<ReadEvent> consumer(String topic, String group, CountingReads counting) {
        EventBatchConsumer.Settings batching = new EventBatchConsumer.Settings(topic, 100, Duration.ofMillis(200),
                Duration.ofMillis(200));
        return new EventBatchConsumer<>(batching,
                () -> new KafkaConsumer<>(KafkaClientConfigs.consumer(bootstrapServers, group, "earliest", 100)),
                new ReadEventParser(json), counting::count, deadLetters, new SimpleMeterRegistry());
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLettersContaining(String marker, int expected) {
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(KafkaClientConfigs.consumer(bootstrapServers,
                "it-dlt-reader-" + UUID.randomUUID(), "earliest", 500))) {
            reader.subscribe(List.of(settings.deadLetterTopic()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reader.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (new String(r.value(), StandardCharsets.UTF_8).contains(marker)) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }

    private void send(String topic, String value) {
        producer.send(new ProducerRecord<>(topic, keyOf(value), value));
    }

    private static String keyOf(String value) {
        int start = value.indexOf("\"articleId\":");
        return start < 0 ? "poison" : value.substring(start + 12, value.indexOf(',', start));
    }

    /** As the article provider writes it: the contract's record as JSON. The reader id is never the article's. */
    private String read(long articleId) {
        return read(articleId, null);
    }

    private String read(long articleId, String readerKey) {
        try {
            return json.writeValueAsString(new ArticleReadEvent(UUID.randomUUID().toString(), articleId, articleId + 1,
                    System.currentTimeMillis(), readerKey));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long reads(long articleId) {
        List<Long> found = jdbc.queryForList("SELECT read_cnt FROM interactives WHERE biz = 'article' AND biz_id = ?",
                Long.class, articleId);
        return found.isEmpty() ? 0 : found.get(0);
    }

    private long totalReads(long[] articles) {
        long sum = 0;
        for (long article : articles) {
            sum += reads(article);
        }
        return sum;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
