package com.webook.ranking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code capacity} hottest of everything offered, in memory proportional to the capacity, not to what
 * was offered: a min-heap whose root is the coolest kept, replaced only by something hotter. (The Go
 * reference re-enqueued in both branches and so kept the last articles seen, not the best.)
 */
public final class TopN {

    private final int capacity;
    private final PriorityQueue<Ranked> coolestFirst;

    public TopN(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.coolestFirst = new PriorityQueue<>(capacity + 1, Ranked.HOTTEST_FIRST.reversed());
    }

    public void offer(Ranked ranked) {
        if (coolestFirst.size() < capacity) {
            coolestFirst.add(ranked);
        } else if (Ranked.HOTTEST_FIRST.compare(ranked, coolestFirst.peek()) < 0) {
            coolestFirst.poll();
            coolestFirst.add(ranked);
        }
    }

    public int size() {
        return coolestFirst.size();
    }

    /** What is kept, hottest first. */
    public List<Ranked> hottestFirst() {
        List<Ranked> all = new ArrayList<>(coolestFirst);
        all.sort(Ranked.HOTTEST_FIRST);
        return all;
    }
}
