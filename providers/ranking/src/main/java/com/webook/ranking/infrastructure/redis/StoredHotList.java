package com.webook.ranking.infrastructure.redis;

import java.time.Instant;
import java.util.List;

import com.webook.ranking.domain.HotList;
import com.webook.ranking.domain.Ranked;

/** The hot list as kept in Redis (JSON): each item a stored candidate with its score. */
record StoredHotList(List<Item> items, Long computedAt, Long reconciledAt) {

    record Item(StoredCandidate candidate, double score) {
    }

    static StoredHotList of(HotList list) {
        return new StoredHotList(list.items().stream().map(r -> new Item(StoredCandidate.of(r.candidate()), r.score()))
                .toList(), millis(list.computedAt()), millis(list.reconciledAt()));
    }

    HotList toHotList() {
        return new HotList(items.stream().map(i -> new Ranked(i.candidate().toCandidate(), i.score())).toList(),
                instant(computedAt), instant(reconciledAt));
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
