package com.webook.interactive.infrastructure.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.interactive.application.CountingReads;
import com.webook.interactive.domain.ReadEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * Counts article reads from Kafka, one poll loop on a thread of its own. Records are gathered until
 * {@code batchSize} of them are there or the oldest has waited {@code batchWait}; the batch is then
 * applied in one MySQL transaction (duplicates dropped by event id), unreadable messages go to the
 * dead-letter topic, and only then are the offsets committed (commitSync). A crash anywhere before the
 * commit redelivers the batch, and the event ids make the second application a no-op: nothing lost,
 * nothing counted twice. When applying fails (MySQL down, say), the consumer seeks back to the first
 * record it holds and tries again after {@code retryBackoff}.
 *
 * <p>A plain KafkaConsumer rather than a spring-kafka listener: the batching by size or time, the one
 * transaction and the commit after it are the whole point of this class, and here they are in plain
 * sight in one loop instead of spread over container properties, an error handler and an ack mode.
 */
public class ReadEventConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadEventConsumer.class);

    /** What to read and how to batch it. */
    public record Settings(String topic, int batchSize, Duration batchWait, Duration retryBackoff) {
    }

    private final Settings settings;
    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final CountingReads counting;
    private final DeadLetters deadLetters;
    private final ReadEventParser parser;
    private final Counter deadLettered;
    private final MeterRegistry meters;
    private KafkaClientMetrics clientMetrics;

    private final List<ConsumerRecord<byte[], byte[]>> buffer = new ArrayList<>();
    private long oldestBufferedAt;
    private volatile boolean running;
    private volatile Consumer<byte[], byte[]> consumer;
    private Thread thread;

    public ReadEventConsumer(Settings settings, Supplier<Consumer<byte[], byte[]>> consumers, CountingReads counting,
                             DeadLetters deadLetters, ObjectMapper json, MeterRegistry meters) {
        this.settings = settings;
        this.consumers = consumers;
        this.counting = counting;
        this.deadLetters = deadLetters;
        this.parser = new ReadEventParser(json);
        this.deadLettered = meters.counter(CountingReads.EVENTS, "outcome", "dead_lettered");
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
        thread = new Thread(this::run, "read-events-" + settings.topic());
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
            log.warn("read events held at stop not applied; they will be redelivered: {}", failure.toString());
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
            log.warn("read events not applied, retrying in {}: {}", settings.retryBackoff(), failure.toString());
            rewind(consumer);
            pause(settings.retryBackoff());
        }
    }

    /** How many records are held, polled but not yet applied. */
    int held() {
        return buffer.size();
    }

    private void pollOnce(Consumer<byte[], byte[]> kafka) {
        long waited = buffer.isEmpty() ? 0 : System.currentTimeMillis() - oldestBufferedAt;
        long timeout = Math.max(1, settings.batchWait().toMillis() - waited);
        for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(timeout))) {
            if (buffer.isEmpty()) {
                oldestBufferedAt = System.currentTimeMillis();
            }
            buffer.add(record);
        }
        while (buffer.size() >= settings.batchSize()) {
            flush(kafka, settings.batchSize());
        }
        if (!buffer.isEmpty() && System.currentTimeMillis() - oldestBufferedAt >= settings.batchWait().toMillis()) {
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
        List<ReadEvent> events = new ArrayList<>(size);
        List<DeadLetters.Refused> refused = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            ReadEventParser.Parsed parsed = parser.parse(record.value());
            if (parsed instanceof ReadEventParser.Readable readable) {
                events.add(readable.event());
            } else if (parsed instanceof ReadEventParser.Unreadable unreadable) {
                refused.add(new DeadLetters.Refused(record, unreadable.reason()));
            }
            next.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        counting.count(events);
        if (!refused.isEmpty()) {
            deadLetters.send(refused);
            deadLettered.increment(refused.size());
            refused.forEach(r -> log.warn("read event at {}-{}@{} dead-lettered: {}", r.record().topic(),
                    r.record().partition(), r.record().offset(), r.reason()));
        }
        kafka.commitSync(next);
        batch.clear();
        oldestBufferedAt = System.currentTimeMillis();
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
        long until = System.currentTimeMillis() + backoff.toMillis();
        while (running && System.currentTimeMillis() < until) {
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
                log.warn("read events held at a rebalance not applied; they will be redelivered: {}",
                        failure.toString());
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
