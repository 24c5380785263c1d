package com.webook.interactive.infrastructure.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.webook.governance.text.Digests;
import com.webook.interactive.domain.FirstReads;
import com.webook.interactive.domain.ReadEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A reader's first read of an object per {@code period}, remembered in Redis: one key per object and
 * reader ({@code interactive:read:<biz>:<id>:<digest of the reader>}) holding the id of the read that
 * counted, for {@code period}. One script call per batch. A read whose event id is the one remembered
 * (a redelivery) counts again, so a batch retried after a failed write counts what it counted.
 *
 * <p>When Redis cannot be reached every read counts (counted in {@code webook.interactive.read.unchecked}):
 * a few reads counted twice are better than reads lost.
 */
public class RedisFirstReads implements FirstReads {

    private static final Logger log = LoggerFactory.getLogger(RedisFirstReads.class);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> FIRST = RedisScript.of(new ClassPathResource("lua/first_reads.lua"), List.class);

    private final StringRedisTemplate redis;
    private final Duration period;
    private final Counter unchecked;

    public RedisFirstReads(StringRedisTemplate redis, Duration period, MeterRegistry meters) {
        this.redis = redis;
        this.period = period;
        this.unchecked = meters.counter("webook.interactive.read.unchecked");
    }

    @Override
    public List<ReadEvent> firstOfTheirReaders(List<ReadEvent> events) {
        List<ReadEvent> withReader = events.stream().filter(event -> event.reader() != null).toList();
        if (withReader.isEmpty()) {
            return events;
        }
        List<String> keys = new ArrayList<>(withReader.size());
        List<String> arguments = new ArrayList<>(withReader.size() + 1);
        arguments.add(Long.toString(period.toMillis()));
        for (ReadEvent event : withReader) {
            keys.add(key(event));
            arguments.add(event.eventId());
        }
        List<?> answers;
        try {
            answers = redis.execute(FIRST, keys, arguments.toArray());
        } catch (DataAccessException unreachable) {
            unchecked.increment(withReader.size());
            log.warn("cannot tell repeated reads now, counting all {}: {}", withReader.size(), unreachable.toString());
            return events;
        }
        List<ReadEvent> counted = new ArrayList<>(events.size());
        int next = 0;
        for (ReadEvent event : events) {
            if (event.reader() == null) {
                counted.add(event);
            } else if (((Number) answers.get(next++)).longValue() == 1) {
                counted.add(event);
            }
        }
        return counted;
    }

    public static String key(ReadEvent event) {
        return "interactive:read:" + event.target().biz() + ":" + event.target().id() + ":" + Digests.sha256(event.reader(), 12);
    }

}
