package com.webook.provider.support.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where messages that cannot be read go, so that they neither stop the consumer nor vanish. */
public interface DeadLetters {

    /** A message and why it was refused. */
    record Refused(ConsumerRecord<byte[], byte[]> record, String reason) {
    }

    /** Returns once every message is stored; throws when one could not be. */
    void send(List<Refused> refused);
}
