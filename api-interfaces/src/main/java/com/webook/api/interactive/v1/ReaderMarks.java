package com.webook.api.interactive.v1;

import java.io.Serializable;
import java.util.List;

/**
 * What one user marked among the objects of one kind: the ids they like and the ids they collected
 * ({@link InteractiveService#readerMarks}). {@code complete} is false when they marked more than
 * {@link InteractiveService#MAX_MARKS} of either; the lists are then partial, and a caller asks
 * {@link InteractiveService#get} about each object instead.
 */
public record ReaderMarks(List<Long> liked, List<Long> collected, boolean complete) implements Serializable {

    public ReaderMarks {
        liked = List.copyOf(liked);
        collected = List.copyOf(collected);
    }
}
