package com.webook.interactive.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.interactive.application.CountingReads;
import com.webook.interactive.application.InMemoryInteractions;
import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.ReadCounter;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReadsApplied;
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
 * The consumer's loop against Kafka's MockConsumer, one step at a time: batching by size and by time,
 * the commit only after the write, redelivery after every kind of failure, dead letters.
 */
class ReadEventConsumerTest {

    private static final String TOPIC = "reads";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    private final InMemoryInteractions store = new InMemoryInteractions();
    private final List<Integer> batches = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<DeadLetters.Refused> dlt = new ArrayList<>();
    private final List<ConsumerRecord<byte[], byte[]>> log = new ArrayList<>();
    private RuntimeException storeFails;
    private RuntimeException dltFails;
    private RuntimeException commitFails;
    /** What was committed, as the group coordinator would keep it (MockConsumer forgets unassigned partitions). */
    private final Map<TopicPartition, Long> commits = new HashMap<>();
    private MockConsumer<byte[], byte[]> kafka;
    private ReadEventConsumer consumer;

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
        ReadCounter recording = events -> {
            if (storeFails != null) {
                throw storeFails;
            }
            batches.add(events.size());
            return store.apply(events);
        };
        DeadLetters letters = refused -> {
            if (dltFails != null) {
                throw dltFails;
            }
            dlt.addAll(refused);
        };
        consumer = new ReadEventConsumer(new ReadEventConsumer.Settings(TOPIC, 3, Duration.ofMillis(150), Duration.ZERO),
                () -> kafka, new CountingReads(recording, meters), letters, new ObjectMapper(), meters);
        consumer.subscribe();
        kafka.rebalance(List.of(P0, P1));
        kafka.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    }

    @Test
    void aFullBatchIsAppliedInOneGoAndCommittedAfter() {
        publish(P0, read("e1", 1), read("e2", 1), read("e3", 2), read("e4", 2));

        consumer.step();

        assertThat(batches).containsExactly(3);
        assertThat(consumer.held()).isEqualTo(1);
        assertThat(committed(P0)).isEqualTo(3);
        assertThat(reads(1)).isEqualTo(2);
    }

    @Test
    void aPartialBatchWaitsForItsTimeThenGoes() throws Exception {
        publish(P0, read("e1", 1));
        publish(P1, read("e2", 1));

        consumer.step();
        assertThat(batches).isEmpty();
        assertThat(committed(P0)).isNull();

        Thread.sleep(200);
        consumer.step();

        assertThat(batches).containsExactly(2);
        assertThat(committed(P0)).isEqualTo(1);
        assertThat(committed(P1)).isEqualTo(1);
    }

    @Test
    void whenTheStoreFailsNothingIsCommittedAndTheBatchComesBackOnce() {
        publish(P0, read("e1", 1), read("e2", 1), read("e3", 1));
        storeFails = new IllegalStateException("MySQL down");

        consumer.step();
        assertThat(committed(P0)).isNull();
        assertThat(consumer.held()).isZero();

        storeFails = null;
        redeliver();
        consumer.step();

        assertThat(reads(1)).isEqualTo(3);
        assertThat(committed(P0)).isEqualTo(3);
    }

    @Test
    void whenTheCommitFailsAfterTheWriteTheRedeliveryCountsNothingTwice() {
        publish(P0, read("e1", 1), read("e2", 1), read("e3", 1));
        commitFails = new KafkaException("coordinator gone");

        consumer.step();
        assertThat(reads(1)).isEqualTo(3);

        commitFails = null;
        redeliver();
        consumer.step();

        assertThat(reads(1)).as("redelivered, dropped as duplicates").isEqualTo(3);
        assertThat(committed(P0)).isEqualTo(3);
        assertThat(meters.counter(CountingReads.EVENTS, "outcome", "duplicate").count()).isEqualTo(3);
    }

    @Test
    void unreadableMessagesAreDeadLetteredAndTheGoodOnesAroundThemCount() {
        publish(P0, read("e1", 1), bytes("{oops"), bytes("{\"eventId\":\"e9\"}"), read("e2", 1), read("e3", 2));

        consumer.step();
        consumer.step();
        waitForBatchTime();
        consumer.step();

        assertThat(dlt).extracting(r -> r.record().offset()).containsExactly(1L, 2L);
        assertThat(dlt).extracting(DeadLetters.Refused::reason).containsExactly("not JSON",
                "articleId must be a positive integer");
        assertThat(reads(1)).isEqualTo(2);
        assertThat(reads(2)).isEqualTo(1);
        assertThat(committed(P0)).isEqualTo(5);
        assertThat(meters.counter(CountingReads.EVENTS, "outcome", "dead_lettered").count()).isEqualTo(2);
    }

    @Test
    void whenTheDeadLetterTopicFailsNothingIsCommittedAndTheRetryCountsNothingTwice() {
        publish(P0, read("e1", 1), bytes("garbage"), read("e2", 1));
        dltFails = new KafkaException("DLT unavailable");

        consumer.step();
        assertThat(committed(P0)).isNull();

        dltFails = null;
        redeliver();
        consumer.step();

        assertThat(dlt).hasSize(1);
        assertThat(reads(1)).isEqualTo(2);
        assertThat(committed(P0)).isEqualTo(3);
    }

    @Test
    void partitionsTakenAwayHaveWhatIsHeldOfThemAppliedAndCommittedFirst() {
        publish(P0, read("e1", 1));
        consumer.step();
        assertThat(consumer.held()).isEqualTo(1);

        kafka.rebalance(List.of(P1));

        assertThat(consumer.held()).isZero();
        assertThat(reads(1)).isEqualTo(1);
        assertThat(committed(P0)).isEqualTo(1);
    }

    @Test
    void whenApplyingFailsAtARebalanceTheRecordsOfKeptPartitionsComeAgain() {
        publish(P0, read("e1", 1));
        publish(P1, read("e2", 2));
        consumer.step();
        storeFails = new IllegalStateException("MySQL down");

        kafka.rebalance(List.of(P1));

        assertThat(consumer.held()).isZero();
        storeFails = null;
        redeliver();
        consumer.step();
        waitForBatchTime();
        consumer.step();
        assertThat(reads(2)).as("P1 stayed here: its record is not lost").isEqualTo(1);
        assertThat(committed(P1)).isEqualTo(1);
        assertThat(committed(P0)).as("P0 left uncommitted for its next owner").isNull();
    }

    private void waitForBatchTime() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The broker keeps what was published: a consumer that seeked back gets it again. */
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

    private long reads(long articleId) {
        return store.of(new BizObject("article", articleId))[0];
    }

    private static byte[] read(String eventId, long articleId) {
        return bytes("{\"eventId\":\"" + eventId + "\",\"articleId\":" + articleId + ",\"readerId\":99,\"readAtMillis\":1}");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
