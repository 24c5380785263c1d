package com.webook.interactive.application;

import com.webook.interactive.domain.Counts;

/** The counts of one object and whether one user liked and collected it. */
public record Interactions(Counts counts, boolean liked, boolean collected) {
}
