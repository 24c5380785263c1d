package com.webook.api.interactive.v1;

import java.io.Serializable;

/**
 * On Kafka topic {@value #TOPIC} (JSON, keyed by {@code biz:bizId}): a user's like or collection of an
 * object changed state ({@code kind} LIKE, UNLIKE, COLLECT or UNCOLLECT), moments after the change commits.
 * Repeating a like that is already there emits nothing. {@code eventId} is unique per change; the time is
 * epoch milliseconds. Delivery is at least once and per object in order; a consumer that needs the counts
 * reads them with {@link InteractiveService#getCounts} rather than adding up events.
 */
public record InteractionEvent(String eventId, String biz, long bizId, long userId, Kind kind, long atMillis)
        implements Serializable {

    public static final String TOPIC = "interactive_events";

    /** What changed. */
    public enum Kind { LIKE, UNLIKE, COLLECT, UNCOLLECT }
}
