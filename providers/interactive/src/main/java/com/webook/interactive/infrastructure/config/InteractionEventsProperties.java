package com.webook.interactive.infrastructure.config;

import com.webook.api.interactive.v1.InteractionEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code webook.interactive.events}: the likes and collections this provider announces.
 *
 * @param topic         where {@link InteractionEvent}s go
 * @param queueCapacity most events waiting for the sender thread; more are dropped and counted
 */
@ConfigurationProperties("webook.interactive.events")
public record InteractionEventsProperties(
        @DefaultValue(InteractionEvent.TOPIC) String topic,
        @DefaultValue("10000") int queueCapacity) {
}
