package com.webook.ranking.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the live list (kept up by events between runs) is from a full recompute of the same moment:
 * the articles the recompute has and the live list lacks ({@code missing}), the reverse ({@code extra}),
 * and, among the articles both have, the largest difference of position. With no live list to compare
 * (the first run, or after the list expired), {@link #noLiveList}.
 */
public record Drift(int size, List<Long> missing, List<Long> extra, int largestShift) {

    /** Nothing to compare: there was no live list. */
    public static Drift noLiveList(int size) {
        return new Drift(size, null, null, -1);
    }

    public static Drift between(List<Long> live, List<Long> recomputed) {
        Map<Long, Integer> livePosition = new HashMap<>();
        for (int i = 0; i < live.size(); i++) {
            livePosition.put(live.get(i), i);
        }
        List<Long> missing = new ArrayList<>();
        int largestShift = 0;
        for (int i = 0; i < recomputed.size(); i++) {
            Integer there = livePosition.remove(recomputed.get(i));
            if (there == null) {
                missing.add(recomputed.get(i));
            } else {
                largestShift = Math.max(largestShift, Math.abs(there - i));
            }
        }
        List<Long> extra = live.stream().filter(livePosition::containsKey).toList();
        return new Drift(recomputed.size(), List.copyOf(missing), extra, largestShift);
    }

    public boolean none() {
        return missing != null && missing.isEmpty() && extra.isEmpty() && largestShift == 0;
    }

    @Override
    public String toString() {
        if (missing == null) {
            return "no live list to compare";
        }
        return none() ? "no drift over " + size : missing.size() + " of " + size + " missing from the live list "
                + firstTen(missing) + ", " + extra.size() + " extra " + firstTen(extra) + ", largest shift " + largestShift;
    }

    private static String firstTen(List<Long> ids) {
        return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10).toString().replace("]", ", ...]");
    }
}
