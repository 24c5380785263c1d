package com.webook.provider.support.events;

import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes events to Kafka without ever making the caller wait: the event pipeline's producing side.
 * The caller only enqueues; one sender thread serializes each record to JSON and hands it to the
 * producer, so a request never waits for Kafka, not even for the producer's metadata
 * ({@code max.block.ms}). An event that cannot be delivered (queue full, producer refusing, broker never
 * acknowledging) is counted in {@code webook.events.dropped{topic}} and logged; delivered ones in
 * {@code webook.events.sent{topic}}.
 */
public class EventPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final KafkaOperations<String, String> kafka;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor sender;

    /**
     * @param topics the topics it will publish to: their meters exist from the start, and their metadata is
     *               asked for before the first event needs it (a broker that creates topics on demand
     *               creates them now), so the first events are not dropped for want of metadata
     */
    public EventPublisher(String name, KafkaOperations<String, String> kafka, ObjectMapper json, int queueCapacity,
                          Collection<String> topics, MeterRegistry meters) {
        this.kafka = kafka;
        this.json = json;
        this.meters = meters;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, name + "-events-sender");
                    thread.setDaemon(true);
                    return thread;
                });
        for (String topic : topics) {
            sent(topic);
            dropped(topic);
            sender.execute(() -> learnPartitions(topic));
        }
    }

    /** Enqueues {@code record} for {@code topic} under {@code key}; never blocks and never throws. */
    public void publish(String topic, String key, Object record) {
        try {
            sender.execute(new Send(topic, key, record));
        } catch (RejectedExecutionException full) {
            drop(topic, key, "the send queue is full");
        }
    }

    /** One event waiting for the sender thread. */
    private final class Send implements Runnable {

        private final String topic;
        private final String key;
        private final Object record;

        Send(String topic, String key, Object record) {
            this.topic = topic;
            this.key = key;
            this.record = record;
        }

        @Override
        public void run() {
            send(topic, key, record);
        }
    }

    private void learnPartitions(String topic) {
        try {
            kafka.partitionsFor(topic);
        } catch (RuntimeException notYet) {
            log.info("no metadata yet for topic {}: {}", topic, notYet.toString());
        }
    }

    private void send(String topic, String key, Object record) {
        try {
            kafka.send(topic, key, json.writeValueAsString(record)).whenComplete((result, failure) -> {
                if (failure == null) {
                    sent(topic).increment();
                } else {
                    drop(topic, key, failure.toString());
                }
            });
        } catch (Exception failure) {
            drop(topic, key, failure.toString());
        }
    }

    private void drop(String topic, String key, String why) {
        dropped(topic).increment();
        log.warn("event with key {} not delivered to {}: {}", key, topic, why);
    }

    private Counter sent(String topic) {
        return meters.counter("webook.events.sent", "topic", topic);
    }

    private Counter dropped(String topic) {
        return meters.counter("webook.events.dropped", "topic", topic);
    }

    /**
     * Hands over what is queued (for a few seconds at most) and flushes the producer; events still queued
     * after that are counted as dropped.
     */
    @Override
    public void close() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
            for (Runnable unsent : sender.shutdownNow()) {
                if (unsent instanceof Send send) {
                    drop(send.topic, send.key, "still queued at shutdown");
                }
            }
            sender.awaitTermination(5, TimeUnit.SECONDS);
        }
        kafka.flush();
    }
}
