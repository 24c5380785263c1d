package com.webook.article.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.article.v1.ArticlePublishedEvent;
import com.webook.api.article.v1.ArticleReadEvent;
import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleId;
import com.webook.article.domain.AuthorId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

class KafkaArticleEventsTest {

    private static final KafkaArticleEvents.Topics TOPICS = new KafkaArticleEvents.Topics("published", "reads");
    private static final ArticleEvent.Read READ = new ArticleEvent.Read("e-1", new ArticleId(42), 7, Instant.ofEpochMilli(1_000), "user:7");

    @SuppressWarnings("unchecked")
    private final KafkaOperations<String, String> kafka = mock(KafkaOperations.class);
    private final ObjectMapper json = new ObjectMapper();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private KafkaArticleEvents events;

    @AfterEach
    void close() throws Exception {
        events.close();
    }

    private double dropped(String topic) {
        return meters.counter("webook.events.dropped", "topic", topic).count();
    }

    @Test
    void eventsGoOutAsThePublishedJsonRecordsKeyedByArticleId() throws Exception {
        when(kafka.send(anyString(), anyString(), anyString())).thenReturn(CompletableFuture.completedFuture(null));
        events = new KafkaArticleEvents(kafka, json, TOPICS, 10, meters);

        events.publish(READ);
        events.publish(new ArticleEvent.Published("e-2", new ArticleId(42), new AuthorId(9), "Hi", Instant.ofEpochMilli(2_000)));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            verify(kafka).send("reads", "42", json.writeValueAsString(new ArticleReadEvent("e-1", 42, 7, 1_000, "user:7")));
            verify(kafka).send("published", "42", json.writeValueAsString(new ArticlePublishedEvent("e-2", 42, 9, "Hi", 2_000)));
        });
        assertThat(meters.counter("webook.events.sent", "topic", "reads").count()).isEqualTo(1);
    }

    @Test
    void aSendTheBrokerNeverAcknowledgesIsCountedNotThrown() {
        when(kafka.send(anyString(), anyString(), anyString()))
                .thenReturn(CompletableFuture.failedFuture(new KafkaException("delivery timed out")));
        events = new KafkaArticleEvents(kafka, json, TOPICS, 10, meters);

        assertThatNoException().isThrownBy(() -> events.publish(READ));

        await().atMost(Duration.ofSeconds(5)).until(() -> dropped("reads") == 1);
    }

    @Test
    void aProducerThatRefusesAtOnceIsCountedNotThrown() {
        when(kafka.send(anyString(), anyString(), anyString())).thenThrow(new KafkaException("no metadata after 100 ms"));
        events = new KafkaArticleEvents(kafka, json, TOPICS, 10, meters);

        assertThatNoException().isThrownBy(() -> events.publish(READ));

        await().atMost(Duration.ofSeconds(5)).until(() -> dropped("reads") == 1);
    }

    @Test
    void whenTheQueueIsFullNewEventsAreDroppedAndCountedWithoutWaiting() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        when(kafka.partitionsFor(anyString())).thenAnswer(call -> {
            stuck.await();
            return null;
        });
        when(kafka.send(eq("reads"), anyString(), anyString())).thenReturn(new CompletableFuture<SendResult<String, String>>());
        events = new KafkaArticleEvents(kafka, json, TOPICS, 1, meters);

        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            events.publish(READ);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        stuck.countDown();

        assertThat(dropped("reads")).isEqualTo(5);
    }
}
