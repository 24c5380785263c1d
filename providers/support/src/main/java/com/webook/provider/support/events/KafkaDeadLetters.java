package com.webook.provider.support.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * The dead-letter topic: each refused message as it came (same key, same bytes), with headers naming
 * the reason and where it came from ({@code webook.dlt.reason}, {@code .topic}, {@code .partition},
 * {@code .offset}). Waits for the broker's acknowledgement, so the consumer commits past a message only
 * once it is stored here.
 */
public class KafkaDeadLetters implements DeadLetters, AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final String topic;

    public KafkaDeadLetters(Producer<byte[], byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    @Override
    public void send(List<Refused> refused) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (Refused r : refused) {
            ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic, r.record().key(), r.record().value());
            letter.headers().add("webook.dlt.reason", bytes(r.reason()));
            letter.headers().add("webook.dlt.topic", bytes(r.record().topic()));
            letter.headers().add("webook.dlt.partition", bytes(Integer.toString(r.record().partition())));
            letter.headers().add("webook.dlt.offset", bytes(Long.toString(r.record().offset())));
            sent.add(producer.send(letter));
        }
        for (Future<RecordMetadata> ack : sent) {
            try {
                ack.get(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("interrupted while dead-lettering", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new KafkaException("could not dead-letter to " + topic, e);
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
