package com.webook.provider.support.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Consumes a topic in batches, one poll loop on a thread of its own: the event pipeline every provider
 * that reads events uses. Records are gathered until {@code batchSize} of them are there or the oldest
 * has waited {@code batchWait}; the batch's events go to the {@link EventHandler} in one call (one
 * transaction, duplicates dropped by event id), unreadable messages go to the dead-letter topic, and
 * only then are the offsets committed (commitSync). A crash anywhere before the commit redelivers the
 * batch, and the event ids make the second application a no-op: nothing lost, nothing applied twice.
 * When handling fails (MySQL down, say), the consumer seeks back to the first record it holds and tries
 * again after {@code retryBackoff}; before a rebalance takes partitions away it applies and commits what
 * it holds.
 *
 * <p>Measured per topic: {@code webook.events.consumed{outcome=handled|dead_lettered}},
 * {@code webook.events.batch} (time to handle one batch, and so throughput) and the client's own lag
 * meters ({@code kafka.consumer.fetch.manager.records.lag.max}, ...).
 *
 * <p>A plain KafkaConsumer rather than a spring-kafka listener: the batching by size or time, the one
 * transaction and the commit after it are the whole point of this class, and here they are in plain
 * sight in one loop instead of spread over container properties, an error handler and an ack mode.
 */
public class EventBatchConsumer<E> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventBatchConsumer.class);

    /** Events read from the topic, by outcome. */
    public static final String CONSUMED = "webook.events.consumed";

    /** What to read and how to batch it. */
    public record Settings(String topic, int batchSize, Duration batchWait, Duration retryBackoff) {
    }

    private final Settings settings;
    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final EventReader<E> reader;
    private final EventHandler<E> handler;
    private final DeadLetters deadLetters;
    private final LongSupplier clock;
    private final Counter handled;
    private final Counter deadLettered;
    private final Timer batchTime;
    private final MeterRegistry meters;
    private KafkaClientMetrics clientMetrics;

    private final List<ConsumerRecord<byte[], byte[]>> buffer = new ArrayList<>();
    private long oldestBufferedAt;
    private volatile boolean running;
    private volatile Consumer<byte[], byte[]> consumer;
    private Thread thread;

    public EventBatchConsumer(Settings settings, Supplier<Consumer<byte[], byte[]>> consumers, EventReader<E> reader,
                              EventHandler<E> handler, DeadLetters deadLetters, MeterRegistry meters) {
        this(settings, consumers, reader, handler, deadLetters, meters, System::currentTimeMillis);
    }

    /** With its own clock of milliseconds, for tests that step through batch waits. */
    EventBatchConsumer(Settings settings, Supplier<Consumer<byte[], byte[]>> consumers, EventReader<E> reader,
                       EventHandler<E> handler, DeadLetters deadLetters, MeterRegistry meters, LongSupplier clock) {
        this.settings = settings;
        this.consumers = consumers;
        this.reader = reader;
        this.handler = handler;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.handled = meters.counter(CONSUMED, "topic", settings.topic(), "outcome", "handled");
        this.deadLettered = meters.counter(CONSUMED, "topic", settings.topic(), "outcome", "dead_lettered");
        this.batchTime = Timer.builder("webook.events.batch").tag("topic", settings.topic())
                .description("Time to handle one batch of events").register(meters);
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        consumer = consumers.get();
        // The client's own meters (kafka.consumer.fetch.manager.records.lag.max, ...): how far behind it is.
        clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(meters);
        thread = new Thread(this::run, "events-" + settings.topic());
        thread.setDaemon(true);
        thread.start();
    }

    /** Applies and commits what it holds, then leaves the group; what it had not polled yet goes to the next owner. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(20).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clientMetrics.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try {
            subscribe();
            while (running) {
                step();
            }
            flushAll(consumer);
        } catch (RuntimeException failure) {
            log.warn("events of {} held at stop not handled; they will be redelivered: {}", settings.topic(),
                    failure.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void subscribe() {
        if (consumer == null) {
            consumer = consumers.get();
        }
        consumer.subscribe(List.of(settings.topic()), new FlushOnRevoke());
    }

    /** One poll and the batches it completes; a batch that fails is rewound and retried after a pause. */
    void step() {
        try {
            pollOnce(consumer);
        } catch (WakeupException stopping) {
            // stop() woke the poll: the loop ends and applies what is held.
        } catch (RuntimeException failure) {
            log.warn("events of {} not handled, retrying in {}: {}", settings.topic(), settings.retryBackoff(),
                    failure.toString());
            rewind(consumer);
            pause(settings.retryBackoff());
        }
    }

    /** How many records are held, polled but not yet applied. */
    int held() {
        return buffer.size();
    }

    private void pollOnce(Consumer<byte[], byte[]> kafka) {
        long waited = buffer.isEmpty() ? 0 : clock.getAsLong() - oldestBufferedAt;
        long timeout = Math.max(1, settings.batchWait().toMillis() - waited);
        for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(timeout))) {
            if (buffer.isEmpty()) {
                oldestBufferedAt = clock.getAsLong();
            }
            buffer.add(record);
        }
        while (buffer.size() >= settings.batchSize()) {
            flush(kafka, settings.batchSize());
        }
        if (!buffer.isEmpty() && clock.getAsLong() - oldestBufferedAt >= settings.batchWait().toMillis()) {
            flush(kafka, buffer.size());
        }
    }

    private void flushAll(Consumer<byte[], byte[]> kafka) {
        while (!buffer.isEmpty()) {
            flush(kafka, Math.min(settings.batchSize(), buffer.size()));
        }
    }

    /**
     * Applies the first {@code size} records held (per partition, a prefix of what was polled), then
     * commits past them.
     */
    private void flush(Consumer<byte[], byte[]> kafka, int size) {
        List<ConsumerRecord<byte[], byte[]>> batch = buffer.subList(0, size);
        List<E> events = new ArrayList<>(size);
        List<DeadLetters.Refused> refused = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            EventReader.Read<E> read = reader.read(record.value());
            if (read instanceof EventReader.Event<E> event) {
                events.add(event.event());
            } else if (read instanceof EventReader.Unreadable<E> unreadable) {
                refused.add(new DeadLetters.Refused(record, unreadable.reason()));
            }
            next.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        if (!events.isEmpty()) {
            batchTime.record(() -> handler.handle(events));
            handled.increment(events.size());
        }
        if (!refused.isEmpty()) {
            deadLetters.send(refused);
            deadLettered.increment(refused.size());
            refused.forEach(r -> log.warn("event at {}-{}@{} dead-lettered: {}", r.record().topic(),
                    r.record().partition(), r.record().offset(), r.reason()));
        }
        kafka.commitSync(next);
        batch.clear();
        oldestBufferedAt = clock.getAsLong();
    }

    /** Forgets what is held and seeks back to it, so the next polls deliver it again. */
    private void rewind(Consumer<byte[], byte[]> kafka) {
        Map<TopicPartition, Long> first = new LinkedHashMap<>();
        buffer.forEach(r -> first.putIfAbsent(new TopicPartition(r.topic(), r.partition()), r.offset()));
        buffer.clear();
        Collection<TopicPartition> assigned = kafka.assignment();
        first.forEach((partition, offset) -> {
            if (assigned.contains(partition)) {
                kafka.seek(partition, offset);
            }
        });
    }

    private void pause(Duration backoff) {
        long until = System.nanoTime() + backoff.toNanos();
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(100, backoff.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Before partitions move to another consumer, what is held is applied and committed, so the new owner
     * starts after it; if that fails, nothing held is lost: it is redelivered, there or here.
     */
    private final class FlushOnRevoke implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (buffer.isEmpty()) {
                return;
            }
            try {
                flushAll(consumer);
            } catch (RuntimeException failure) {
                // Revoked partitions go to their next owner from the committed offsets; those this consumer
                // keeps (a cooperative rebalance) are sought back so that their held records come again.
                log.warn("events of {} held at a rebalance not handled; they will be redelivered: {}",
                        settings.topic(), failure.toString());
                rewind(consumer);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            buffer.removeIf(r -> partitions.contains(new TopicPartition(r.topic(), r.partition())));
        }
    }
}
