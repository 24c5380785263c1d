package com.webook.ranking.infrastructure.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.governance.feed.RedisFeed;
import com.webook.provider.support.cache.RedisJsonEntries;
import com.webook.ranking.application.RankingStore;
import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.HotList;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The shared state in Redis, under the context's prefix: {@code ranking:hot} (the list, JSON),
 * {@code ranking:candidates} (a hash of article id to candidate JSON), {@code ranking:last-period}. Every
 * key expires {@code ttl} after its last write, longer than the job's period: a list that is not
 * recomputed for that long goes. Publishing a list appends to the announcements feed every instance follows.
 */
public class RedisRankingStore implements RankingStore {

    /** The list's entry: {@code ranking:hot}. */
    static final String HOT = "hot";
    static final String CANDIDATES = "ranking:candidates";
    static final String LAST_PERIOD = "ranking:last-period";

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final RedisFeed announcements;
    private final Duration ttl;
    private final RedisJsonEntries<StoredHotList> lists;

    public RedisRankingStore(StringRedisTemplate redis, ObjectMapper json, RedisFeed announcements, Duration ttl) {
        this.redis = redis;
        this.json = json;
        this.announcements = announcements;
        this.ttl = ttl;
        this.lists = new RedisJsonEntries<>(redis, json, StoredHotList.class, "ranking:", ttl);
    }

    @Override
    public Optional<HotList> hotList() {
        return lists.get(HOT).map(StoredHotList::toHotList);
    }

    @Override
    public void publish(HotList list) {
        lists.put(HOT, StoredHotList.of(list));
        announcements.append(list.computedAt() == null ? "" : Long.toString(list.computedAt().toEpochMilli()));
    }

    @Override
    public Map<Long, Candidate> candidates() {
        Map<Long, Candidate> all = new HashMap<>();
        redis.<String, String>opsForHash().entries(CANDIDATES)
                .forEach((id, stored) -> all.put(Long.parseLong(id), candidate(stored)));
        return all;
    }

    @Override
    public Map<Long, Candidate> candidates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> keys = ids.stream().distinct().map(String::valueOf).toList();
        List<String> found = redis.<String, String>opsForHash().multiGet(CANDIDATES, keys);
        Map<Long, Candidate> known = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (found.get(i) != null) {
                known.put(Long.parseLong(keys.get(i)), candidate(found.get(i)));
            }
        }
        return known;
    }

    @Override
    public void putCandidates(Collection<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, String> entries = new HashMap<>();
        candidates.forEach(c -> entries.put(Long.toString(c.id()), write(StoredCandidate.of(c))));
        redis.opsForHash().putAll(CANDIDATES, entries);
        redis.expire(CANDIDATES, ttl);
    }

    @Override
    public void removeCandidates(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            redis.opsForHash().delete(CANDIDATES, ids.stream().map(String::valueOf).toArray());
        }
    }

    /** Written under a key of its own and renamed over the old one: readers see the old set or the new. */
    @Override
    public void replaceCandidates(Collection<Candidate> candidates) {
        if (candidates.isEmpty()) {
            redis.delete(CANDIDATES);
            return;
        }
        String next = CANDIDATES + ":next";
        redis.delete(next);
        Map<String, String> entries = new HashMap<>();
        candidates.forEach(c -> entries.put(Long.toString(c.id()), write(StoredCandidate.of(c))));
        redis.opsForHash().putAll(next, entries);
        redis.expire(next, ttl);
        redis.rename(next, CANDIDATES);
    }

    @Override
    public Optional<Instant> lastPeriod() {
        String stored = redis.opsForValue().get(LAST_PERIOD);
        return stored == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(stored)));
    }

    @Override
    public void markPeriod(Instant periodStart) {
        redis.opsForValue().set(LAST_PERIOD, Long.toString(periodStart.toEpochMilli()), ttl);
    }

    private Candidate candidate(String stored) {
        return read(stored, StoredCandidate.class).toCandidate();
    }

    private <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " in Redis", unreadable);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
