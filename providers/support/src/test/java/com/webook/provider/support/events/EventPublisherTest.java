package com.webook.provider.support.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

class EventPublisherTest {

    record Thing(String eventId, long id) {
    }

    @SuppressWarnings("unchecked")
    private final KafkaOperations<String, String> kafka = mock(KafkaOperations.class);
    private final ObjectMapper json = new ObjectMapper();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private EventPublisher events;

    @AfterEach
    void close() throws Exception {
        events.close();
    }

    @Test
    void aRecordGoesOutAsJsonUnderItsKeyAndIsCounted() throws Exception {
        when(kafka.send(anyString(), anyString(), anyString())).thenReturn(CompletableFuture.completedFuture(null));
        events = publisher(10);

        events.publish("things", "42", new Thing("e-1", 42));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                verify(kafka).send("things", "42", json.writeValueAsString(new Thing("e-1", 42))));
        await().atMost(Duration.ofSeconds(10)).until(() -> counted("sent") == 1);
        assertThat(counted("dropped")).isZero();
    }

    @Test
    void aSendTheBrokerNeverAcknowledgesIsCountedNotThrown() {
        when(kafka.send(anyString(), anyString(), anyString()))
                .thenReturn(CompletableFuture.failedFuture(new KafkaException("delivery timed out")));
        events = publisher(10);

        assertThatNoException().isThrownBy(() -> events.publish("things", "42", new Thing("e-1", 42)));

        await().atMost(Duration.ofSeconds(10)).until(() -> counted("dropped") == 1);
    }

    @Test
    void aProducerThatRefusesAtOnceIsCountedNotThrown() {
        when(kafka.send(anyString(), anyString(), anyString())).thenThrow(new KafkaException("no metadata after 100 ms"));
        events = publisher(10);

        assertThatNoException().isThrownBy(() -> events.publish("things", "42", new Thing("e-1", 42)));

        await().atMost(Duration.ofSeconds(10)).until(() -> counted("dropped") == 1);
    }

    /**
     * The sender is stuck on the topic's metadata and the queue holds one event: the first of five publishes
     * waits in the queue, the other four return at once and count a drop. Were publish to wait for room,
     * it would never return, and the generous bound fails the test instead of hanging it.
     */
    @Test
    void whenTheQueueIsFullNewEventsAreDroppedAndCountedWithoutWaiting() {
        CountDownLatch stuck = new CountDownLatch(1);
        when(kafka.partitionsFor(anyString())).thenAnswer(call -> {
            stuck.await();
            return null;
        });
        when(kafka.send(eq("things"), anyString(), anyString())).thenReturn(new CompletableFuture<SendResult<String, String>>());
        events = publisher(1);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int i = 0; i < 5; i++) {
                    events.publish("things", "42", new Thing("e-" + i, 42));
                }
            });
            assertThat(counted("dropped")).isEqualTo(4);
        } finally {
            stuck.countDown();
        }
    }

    @Test
    void everyTopicHasItsMetersFromTheStart() {
        events = publisher(10);

        assertThat(Map.of("sent", counted("sent"), "dropped", counted("dropped")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("sent", 0.0, "dropped", 0.0));
    }

    private EventPublisher publisher(int queueCapacity) {
        return new EventPublisher("test", kafka, json, queueCapacity, List.of("things"), meters);
    }

    private double counted(String what) {
        return meters.get("webook.events." + what).tag("topic", "things").counter().count();
    }
}
