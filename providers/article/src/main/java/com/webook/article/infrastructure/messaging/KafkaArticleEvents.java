package com.webook.article.infrastructure.messaging;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.api.article.v1.ArticlePublishedEvent;
import com.webook.api.article.v1.ArticleReadEvent;
import com.webook.article.domain.ArticleEvent;
import com.webook.article.domain.ArticleEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Events to Kafka as the published JSON records, keyed by article id. The caller only enqueues: one
 * sender thread serializes and hands each event to the producer, so a request never waits for Kafka,
 * not even for the producer's metadata ({@code max.block.ms}). An event that cannot be delivered (queue
 * full, producer refusing, broker never acknowledging) is counted in {@code webook.events.dropped{topic}}
 * and logged; delivered ones in {@code webook.events.sent{topic}}.
 */
public class KafkaArticleEvents implements ArticleEvents, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaArticleEvents.class);

    /** Topic names; configurable so that tests can use their own. */
    public record Topics(String published, String read) {
    }

    private final KafkaOperations<String, String> kafka;
    private final ObjectMapper json;
    private final Topics topics;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor sender;

    public KafkaArticleEvents(KafkaOperations<String, String> kafka, ObjectMapper json, Topics topics,
                              int queueCapacity, MeterRegistry meters) {
        this.kafka = kafka;
        this.json = json;
        this.topics = topics;
        this.meters = meters;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, "article-events-sender");
                    thread.setDaemon(true);
                    return thread;
                });
        for (String topic : new String[] {topics.published(), topics.read()}) {
            sent(topic);
            dropped(topic);
            sender.execute(() -> learnPartitions(topic));
        }
    }

    /**
     * Asks for the topic's metadata before the first event needs it (a broker that creates topics on
     * demand creates it now), so the first events are not dropped for want of metadata.
     */
    private void learnPartitions(String topic) {
        try {
            kafka.partitionsFor(topic);
        } catch (RuntimeException notYet) {
            log.info("no metadata yet for topic {}: {}", topic, notYet.toString());
        }
    }

    @Override
    public void publish(ArticleEvent event) {
        String topic = topicOf(event);
        try {
            sender.execute(() -> send(topic, event));
        } catch (RejectedExecutionException full) {
            drop(topic, event, "the send queue is full");
        }
    }

    private void send(String topic, ArticleEvent event) {
        try {
            String key = Long.toString(event.articleId().value());
            kafka.send(topic, key, json.writeValueAsString(recordOf(event))).whenComplete((result, failure) -> {
                if (failure == null) {
                    sent(topic).increment();
                } else {
                    drop(topic, event, failure.toString());
                }
            });
        } catch (Exception failure) {
            drop(topic, event, failure.toString());
        }
    }

    private String topicOf(ArticleEvent event) {
        return event instanceof ArticleEvent.Published ? topics.published() : topics.read();
    }

    /** The published record of the event: what consumers in other contexts read. */
    static Object recordOf(ArticleEvent event) {
        if (event instanceof ArticleEvent.Published p) {
            return new ArticlePublishedEvent(p.eventId(), p.articleId().value(), p.authorId().value(), p.title(),
                    p.at().toEpochMilli());
        }
        ArticleEvent.Read r = (ArticleEvent.Read) event;
        return new ArticleReadEvent(r.eventId(), r.articleId().value(), r.readerId(), r.at().toEpochMilli(), r.readerKey());
    }

    private void drop(String topic, ArticleEvent event, String why) {
        dropped(topic).increment();
        log.warn("event {} for article {} not delivered to {}: {}", event.eventId(), event.articleId(), topic, why);
    }

    private Counter sent(String topic) {
        return meters.counter("webook.events.sent", "topic", topic);
    }

    private Counter dropped(String topic) {
        return meters.counter("webook.events.dropped", "topic", topic);
    }

    /** Hands over what is queued (for a few seconds at most) and flushes the producer. */
    @Override
    public void close() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn("{} events still queued at shutdown were not sent", sender.shutdownNow().size());
        }
        kafka.flush();
    }
}
