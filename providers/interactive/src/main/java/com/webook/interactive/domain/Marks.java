package com.webook.interactive.domain;

import java.util.List;

/**
 * The ids of the objects of one kind a user likes and collected; {@code complete} false when there were
 * more of either than were asked for.
 */
public record Marks(List<Long> liked, List<Long> collected, boolean complete) {

    public Marks {
        liked = List.copyOf(liked);
        collected = List.copyOf(collected);
    }

    /** An anonymous reader's: nothing. */
    public static final Marks NONE = new Marks(List.of(), List.of(), true);
}
