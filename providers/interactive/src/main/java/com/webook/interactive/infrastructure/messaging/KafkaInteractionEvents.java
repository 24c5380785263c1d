package com.webook.interactive.infrastructure.messaging;

import java.time.Clock;

import com.webook.api.interactive.v1.InteractionEvent;
import com.webook.governance.text.EventIds;
import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.InteractionEvents;
import com.webook.provider.support.events.EventPublisher;

/**
 * Likes and collections that changed state, to Kafka as {@link InteractionEvent}s keyed by {@code biz:id}
 * (one object's events stay in order), through the platform's non-blocking {@link EventPublisher}: the
 * request only enqueues, and an event that cannot be delivered is counted in
 * {@code webook.events.dropped{topic}}.
 */
public class KafkaInteractionEvents implements InteractionEvents {

    private final EventPublisher publisher;
    private final String topic;
    private final Clock clock;

    public KafkaInteractionEvents(EventPublisher publisher, String topic, Clock clock) {
        this.publisher = publisher;
        this.topic = topic;
        this.clock = clock;
    }

    @Override
    public void changed(BizObject target, long userId, Change change) {
        publisher.publish(topic, target.biz() + ":" + target.id(), new InteractionEvent(EventIds.next(), target.biz(),
                target.id(), userId, InteractionEvent.Kind.valueOf(change.name()), clock.millis()));
    }
}
