package com.webook.provider.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consumer's loop against Kafka's MockConsumer, one step at a time and on a clock of its own:
 * batching by size and by time, the commit only after the handler, redelivery after every kind of
 * failure, dead letters. The events are {@code <id>:<key>} strings; the handler counts them per key
 * once per id, as a real one does with {@link AppliedEvents}.
 */
class EventBatchConsumerTest {

    private static final String TOPIC = "things";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final Duration BATCH_WAIT = Duration.ofMillis(150);

    record Thing(String id, long key) {
    }

    private final Set<String> applied = new HashSet<>();
    private final Map<Long, Integer> counts = new HashMap<>();
    private final List<Integer> batches = new ArrayList<>();
    private int duplicates;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<DeadLetters.Refused> dlt = new ArrayList<>();
    private final List<ConsumerRecord<byte[], byte[]>> log = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private RuntimeException handlerFails;
    private RuntimeException dltFails;
    private RuntimeException commitFails;
    /** What was committed, as the group coordinator would keep it (MockConsumer forgets unassigned partitions). */
    private final Map<TopicPartition, Long> commits = new HashMap<>();
    private MockConsumer<byte[], byte[]> kafka;
    private EventBatchConsumer<Thing> consumer;

    @BeforeEach
    void consumer() {
        kafka = new MockConsumer<>(OffsetResetStrategy.EARLIEST) {
            @Override
            public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
                if (commitFails != null) {
                    throw commitFails;
                }
                super.commitSync(offsets);
                offsets.forEach((partition, offset) -> commits.put(partition, offset.offset()));
            }
        };
        EventReader<Thing> reader = value -> {
            String text = value == null ? "" : new String(value, StandardCharsets.UTF_8);
            if (!text.matches("[\\w-]+:\\d+")) {
                return new EventReader.Unreadable<>("not a thing: " + text);
            }
            String[] parts = text.split(":");
            return new EventReader.Event<>(new Thing(parts[0], Long.parseLong(parts[1])));
        };
        EventHandler<Thing> handler = things -> {
            if (handlerFails != null) {
                throw handlerFails;
            }
            batches.add(things.size());
            for (Thing thing : things) {
                if (applied.add(thing.id())) {
                    counts.merge(thing.key(), 1, Integer::sum);
                } else {
                    duplicates++;
                }
            }
        };
        DeadLetters letters = refused -> {
            if (dltFails != null) {
                throw dltFails;
            }
            dlt.addAll(refused);
        };
        consumer = new EventBatchConsumer<>(new EventBatchConsumer.Settings(TOPIC, 3, BATCH_WAIT, Duration.ZERO),
                () -> kafka, reader, handler, letters, meters, now::get);
        consumer.subscribe();
        kafka.rebalance(List.of(P0, P1));
        kafka.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    }

    @Test
    void aFullBatchIsHandledInOneGoAndCommittedAfter() {
        publish(P0, thing("e1", 1), thing("e2", 1), thing("e3", 2), thing("e4", 2));

        consumer.step();

        assertThat(batches).containsExactly(3);
        assertThat(consumer.held()).isEqualTo(1);
        assertThat(committed(P0)).isEqualTo(3);
        assertThat(count(1)).isEqualTo(2);
        assertThat(consumed("handled")).isEqualTo(3);
    }

    @Test
    void aPartialBatchWaitsForItsTimeThenGoes() {
        publish(P0, thing("e1", 1));
        publish(P1, thing("e2", 1));

        consumer.step();
        assertThat(batches).isEmpty();
        assertThat(committed(P0)).isNull();

        now.addAndGet(BATCH_WAIT.toMillis() - 1);
        consumer.step();
        assertThat(batches).as("one millisecond early").isEmpty();

        now.addAndGet(1);
        consumer.step();

        assertThat(batches).containsExactly(2);
        assertThat(committed(P0)).isEqualTo(1);
        assertThat(committed(P1)).isEqualTo(1);
    }

    @Test
    void whenTheHandlerFailsNothingIsCommittedAndTheBatchComesBackOnce() {
        publish(P0, thing("e1", 1), thing("e2", 1), thing("e3", 1));
        handlerFails = new IllegalStateException("MySQL down");

        consumer.step();
        assertThat(committed(P0)).isNull();
        assertThat(consumer.held()).isZero();

        handlerFails = null;
        redeliver();
        consumer.step();

        assertThat(count(1)).isEqualTo(3);
        assertThat(committed(P0)).isEqualTo(3);
    }

    @Test
    void whenTheCommitFailsAfterTheHandlerTheRedeliveryAppliesNothingTwice() {
        publish(P0, thing("e1", 1), thing("e2", 1), thing("e3", 1));
        commitFails = new KafkaException("coordinator gone");

        consumer.step();
        assertThat(count(1)).isEqualTo(3);

        commitFails = null;
        redeliver();
        consumer.step();

        assertThat(count(1)).as("redelivered, dropped as duplicates").isEqualTo(3);
        assertThat(committed(P0)).isEqualTo(3);
        assertThat(duplicates).isEqualTo(3);
    }

    @Test
    void unreadableMessagesAreDeadLetteredAndTheGoodOnesAroundThemAreHandled() {
        publish(P0, thing("e1", 1), bytes("{oops"), bytes(""), thing("e2", 1), thing("e3", 2));

        consumer.step();
        consumer.step();
        waitForBatchTime();
        consumer.step();

        assertThat(dlt).extracting(r -> r.record().offset()).containsExactly(1L, 2L);
        assertThat(dlt).extracting(DeadLetters.Refused::reason).containsExactly("not a thing: {oops", "not a thing: ");
        assertThat(count(1)).isEqualTo(2);
        assertThat(count(2)).isEqualTo(1);
        assertThat(committed(P0)).isEqualTo(5);
        assertThat(consumed("dead_lettered")).isEqualTo(2);
        assertThat(consumed("handled")).isEqualTo(3);
    }

    @Test
    void whenTheDeadLetterTopicFailsNothingIsCommittedAndTheRetryAppliesNothingTwice() {
        publish(P0, thing("e1", 1), bytes("garbage"), thing("e2", 1));
        dltFails = new KafkaException("DLT unavailable");

        consumer.step();
        assertThat(committed(P0)).isNull();

        dltFails = null;
        redeliver();
        consumer.step();

        assertThat(dlt).hasSize(1);
        assertThat(count(1)).isEqualTo(2);
        assertThat(committed(P0)).isEqualTo(3);
    }

    @Test
    void partitionsTakenAwayHaveWhatIsHeldOfThemHandledAndCommittedFirst() {
        publish(P0, thing("e1", 1));
        consumer.step();
        assertThat(consumer.held()).isEqualTo(1);

        kafka.rebalance(List.of(P1));

        assertThat(consumer.held()).isZero();
        assertThat(count(1)).isEqualTo(1);
        assertThat(committed(P0)).isEqualTo(1);
    }

    @Test
    void whenHandlingFailsAtARebalanceTheRecordsOfKeptPartitionsComeAgain() {
        publish(P0, thing("e1", 1));
        publish(P1, thing("e2", 2));
        consumer.step();
        handlerFails = new IllegalStateException("MySQL down");

        kafka.rebalance(List.of(P1));

        assertThat(consumer.held()).isZero();
        handlerFails = null;
        redeliver();
        consumer.step();
        waitForBatchTime();
        consumer.step();
        assertThat(count(2)).as("P1 stayed here: its record is not lost").isEqualTo(1);
        assertThat(committed(P1)).isEqualTo(1);
        assertThat(committed(P0)).as("P0 left uncommitted for its next owner").isNull();
    }

    private void waitForBatchTime() {
        now.addAndGet(BATCH_WAIT.toMillis());
    }

    /** The broker keeps what was published: a consumer that sought back gets it again. */
    private void redeliver() {
        log.stream().filter(r -> kafka.assignment().contains(new TopicPartition(r.topic(), r.partition())))
                .forEach(kafka::addRecord);
    }

    private void publish(TopicPartition partition, byte[]... values) {
        long offset = log.stream().filter(r -> r.partition() == partition.partition()).count();
        for (byte[] value : values) {
            ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(TOPIC, partition.partition(), offset++, null, value);
            log.add(record);
            kafka.addRecord(record);
        }
    }

    private Long committed(TopicPartition partition) {
        return commits.get(partition);
    }

    private int count(long key) {
        return counts.getOrDefault(key, 0);
    }

    private double consumed(String outcome) {
        return meters.counter(EventBatchConsumer.CONSUMED, "topic", TOPIC, "outcome", outcome).count();
    }

    private static byte[] thing(String id, long key) {
        return bytes(id + ":" + key);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
