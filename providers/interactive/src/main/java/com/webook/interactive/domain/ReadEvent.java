package com.webook.interactive.domain;

/**
 * One read of one object, named by the id its producer gave it so that a redelivery can be recognised,
 * and by who read it ({@code reader}: {@code user:<id>} or {@code client:<digest>}), so that a reader's
 * repeated reads count once per period; null when nobody can tell, and then it always counts.
 */
public record ReadEvent(String eventId, BizObject target, String reader) {

    /** A read whose reader nobody can tell. */
    public ReadEvent(String eventId, BizObject target) {
        this(eventId, target, null);
    }
}
