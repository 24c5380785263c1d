package com.webook.article.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.article.v1.ArticlePublishedEvent;
import com.webook.api.article.v1.ArticleRead;
import com.webook.api.article.v1.ArticleReadEvent;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.SaveArticleRequest;
import com.webook.article.application.ReadingArticles;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.ArticleRepository;
import com.webook.article.infrastructure.config.ArticleProperties;
import com.webook.article.infrastructure.messaging.KafkaArticleEvents;
import com.webook.provider.support.events.EventPublisher;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import com.webook.provider.support.testing.RemoteServices;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Events on the real Kafka broker, read back with a plain consumer: a publish and a read each arrive as
 * the published JSON records keyed by article id. With the broker unreachable, reads answer at once and
 * every lost event is counted.
 */
@ProviderIntegrationTest
class ArticleEventsIT {

    @Autowired
    RemoteServices remote;

    ArticleService articles;

    @Autowired
    ArticleProperties properties;

    @Autowired
    KafkaProperties kafkaProperties;

    @Autowired
    ArticleRepository repository;

    @Autowired
    ObjectMapper json;

    private final long ada = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

    @BeforeEach
    void callTheProviderRemotely() {
        articles = remote.of(ArticleService.class);
    }

    @Test
    void aPublishAndAReadArriveOnTheirTopicsKeyedByArticleId() throws Exception {
        long before = System.currentTimeMillis();
        long id = articles.publish(new SaveArticleRequest(ada, 0, "on Kafka", "text"));
        articles.getPublished(id, 77, null);

        ConsumerRecord<String, String> published = awaitRecord(properties.events().publishedTopic(), id);
        ArticlePublishedEvent event = json.readValue(published.value(), ArticlePublishedEvent.class);
        assertThat(event.articleId()).isEqualTo(id);
        assertThat(event.authorId()).isEqualTo(ada);
        assertThat(event.title()).isEqualTo("on Kafka");
        assertThat(event.publishedAtMillis()).isBetween(before, System.currentTimeMillis());
        assertThat(UUID.fromString(event.eventId())).isNotNull();

        ConsumerRecord<String, String> read = awaitRecord(properties.events().readTopic(), id);
        ArticleReadEvent readEvent = json.readValue(read.value(), ArticleReadEvent.class);
        assertThat(readEvent.articleId()).isEqualTo(id);
        assertThat(readEvent.readerId()).isEqualTo(77);
        assertThat(readEvent.readAtMillis()).isBetween(before, System.currentTimeMillis());
        assertThat(readEvent.eventId()).isNotEqualTo(event.eventId());
    }

    @Test
    void readsRecordedByACallerArriveUnderItsEventIdsAndAPeekCountsNone() throws Exception {
        long id = articles.publish(new SaveArticleRequest(ada, 0, "read elsewhere", "text"));
        assertThat(articles.peekPublished(id).title()).isEqualTo("read elsewhere");
        String eventId = UUID.randomUUID().toString();

        articles.recordReads(List.of(new ArticleRead(eventId, id, 0, "client-key", 1_700_000_000_000L)));

        ConsumerRecord<String, String> read = awaitRecord(properties.events().readTopic(), id);
        ArticleReadEvent readEvent = json.readValue(read.value(), ArticleReadEvent.class);
        assertThat(readEvent.eventId()).as("the only read: the peek counted none").isEqualTo(eventId);
        assertThat(readEvent.readerKey()).isEqualTo("client:client-key");
        assertThat(readEvent.readAtMillis()).isEqualTo(1_700_000_000_000L);
    }

    /**
     * The dead broker makes every send wait 30 s for metadata ({@code max.block.ms}) on the sender thread. A
     * read that waited for Kafka would take that long; ten reads within 10 s show that none did, with a
     * wide margin for a loaded machine. The events are counted as dropped: one as the send gives up,
     * the rest when the publisher closes with them still queued.
     */
    @Test
    void withKafkaUnreachableReadsAnswerAtOnceAndEveryLostEventIsCounted() throws Exception {
        long id = articles.publish(new SaveArticleRequest(ada, 0, "no broker", "text"));
        Map<String, Object> producer = new HashMap<>(kafkaProperties.buildProducerProperties(null));
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        DefaultKafkaProducerFactory<String, String> deadProducers = new DefaultKafkaProducerFactory<>(producer);
        deadProducers.setPhysicalCloseTimeout(1);
        KafkaTemplate<String, String> deadKafka = new KafkaTemplate<>(deadProducers);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        String topic = properties.events().readTopic();
        try {
            EventPublisher publisher = new EventPublisher("it", deadKafka, json, 1000, List.of(topic), meters);
            try (publisher) {
                ReadingArticles reading = new ReadingArticles(repository,
                        new KafkaArticleEvents(publisher, new KafkaArticleEvents.Topics(topic, topic)), Clock.systemUTC());

                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    for (int i = 0; i < 11; i++) {
                        assertThat(reading.read(new ArticleId(id), 1).title()).isEqualTo("no broker");
                    }
                });
            }
            assertThat(meters.counter("webook.events.dropped", "topic", topic).count()).isEqualTo(11);
            assertThat(meters.counter("webook.events.sent", "topic", topic).count()).isZero();
        } finally {
            deadProducers.destroy();
        }
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, long articleId) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                System.getProperty("webook.it.kafka.bootstrap-servers", "127.0.0.1:9092"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                Optional<ConsumerRecord<String, String>> mine = java.util.stream.StreamSupport
                        .stream(consumer.poll(Duration.ofMillis(500)).spliterator(), false)
                        .filter(r -> Long.toString(articleId).equals(r.key()))
                        .findFirst();
                if (mine.isPresent()) {
                    return mine.get();
                }
            }
        }
        throw new AssertionError("no event for article " + articleId + " on " + topic);
    }
}
