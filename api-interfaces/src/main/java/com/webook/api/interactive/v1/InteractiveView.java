package com.webook.api.interactive.v1;

import java.io.Serializable;

/** The counts of one business object and whether this user liked and collected it. */
public record InteractiveView(InteractiveCounts counts, boolean liked, boolean collected)
        implements Serializable {
}
