package com.webook.governance.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.stream.ByteRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;

/**
 * A feed of small announcements that every instance must hear, on one Redis stream: "this session ended",
 * "this article changed". Unlike pub/sub, nothing is lost while an instance is away: each follower reads on
 * from the last entry it saw, and one that starts reads what was appended in the last {@code retention}.
 *
 * <p>A follower reads with a blocking {@code XREAD}, so an entry reaches it moments after it is appended,
 * and knows when it last heard from the stream: {@link #isCurrent()} is false when that was more than
 * {@code maxLag} ago (Redis unreachable, the reader stuck), and then whoever trusts the feed to say "nothing
 * changed" must ask the source of truth instead. Entries older than {@code retention} are trimmed on each
 * append, so a follower's local state must not outlive {@code retention} either.
 *
 * <p>Start it (a {@link SmartLifecycle}, before the web server) to follow; an instance that only appends
 * need not start it.
 */
public final class RedisFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisFeed.class);
    private static final byte[] FIELD = "v".getBytes(StandardCharsets.UTF_8);
    private static final long BATCH = 1000;

    private final RedisConnectionFactory redis;
    private final String key;
    private final byte[] keyBytes;
    private final Clock clock;
    private final Duration retention;
    private final Duration maxLag;
    private final Duration block;
    private final Consumer<String> onEntry;
    /** {@link System#nanoTime()} of the last read that answered, or 0 before the first. */
    private final AtomicLong heardAt = new AtomicLong();
    private volatile String lastId;
    private volatile boolean running;
    private Thread follower;

    /**
     * @param retention how long entries are kept, and how far back a starting follower reads
     * @param maxLag    how long without an answer from the stream before the follower is not current
     * @param block     how long one read waits for new entries: below the Redis command timeout
     * @param onEntry   what a follower does with each entry's value (called on the follower's thread)
     */
    public RedisFeed(RedisConnectionFactory redis, String key, Clock clock, Duration retention, Duration maxLag,
                     Duration block, Consumer<String> onEntry) {
        if (block.isNegative() || block.isZero() || block.compareTo(maxLag) >= 0) {
            throw new IllegalArgumentException("a read must block for less than the longest lag allowed");
        }
        this.redis = redis;
        this.key = key;
        this.keyBytes = key.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.retention = retention;
        this.maxLag = maxLag;
        this.block = block;
        this.onEntry = Objects.requireNonNull(onEntry);
        this.lastId = (clock.millis() - retention.toMillis()) + "-0";
    }

    /** Appends one entry, and trims those older than the retention. */
    public void append(String value) {
        String minId = Long.toString(clock.millis() - retention.toMillis());
        try (RedisConnection connection = redis.getConnection()) {
            connection.execute("XADD", keyBytes, bytes("MINID"), bytes("~"), bytes(minId), bytes("*"), FIELD,
                    bytes(value));
        }
    }

    /** Whether this follower has heard from the stream within {@code maxLag}: it knows every entry up to then. */
    public boolean isCurrent() {
        long heard = heardAt.get();
        return heard != 0 && System.nanoTime() - heard <= maxLag.toNanos();
    }

    /** Seconds since this follower last heard from the stream (NaN before it ever has). */
    public double lagSeconds() {
        long heard = heardAt.get();
        return heard == 0 ? Double.NaN : (System.nanoTime() - heard) / 1e9;
    }

    public String key() {
        return key;
    }

    /** Publishes {@code webook.feed.lag{feed}}: the seconds since this follower last heard from the stream. */
    public void measureLag(MeterRegistry meters) {
        Gauge.builder("webook.feed.lag", this, RedisFeed::lagSeconds).tag("feed", key).baseUnit("seconds")
                .description("Time since this instance last heard from the feed").register(meters);
    }

    /** Reads what was appended since the last read; returns how many entries came. */
    private int readOnce(RedisConnection connection, boolean wait) {
        StreamReadOptions options = StreamReadOptions.empty().count(BATCH);
        if (wait) {
            options = options.block(block);
        }
        List<ByteRecord> records = connection.streamCommands()
                .xRead(options, StreamOffset.create(keyBytes, ReadOffset.from(lastId)));
        int read = 0;
        if (records != null) {
            for (ByteRecord record : records) {
                for (Map.Entry<byte[], byte[]> field : record.getValue().entrySet()) {
                    onEntry.accept(new String(field.getValue(), StandardCharsets.UTF_8));
                }
                lastId = record.getId().getValue();
                read++;
            }
        }
        heardAt.set(System.nanoTime());
        return read;
    }

    /** Reads the backlog before the app takes requests; a Redis that is down now is read later. */
    private void catchUp() {
        try (RedisConnection connection = redis.getConnection()) {
            while (readOnce(connection, false) == BATCH) {
                // more to read
            }
        } catch (RuntimeException unreachable) {
            log.warn("could not read {} at start ({}); not current until it can", key, unreachable.toString());
        }
    }

    private void follow() {
        int failures = 0;
        while (running) {
            try (RedisConnection connection = redis.getConnection()) {
                while (running) {
                    readOnce(connection, true);
                    failures = 0;
                }
            } catch (RuntimeException failed) {
                if (!running) {
                    return;
                }
                if (failures++ == 0) {
                    log.warn("lost {} ({}); not current until it is back", key, failed.toString());
                }
                pause(Math.min(1000L, 100L * failures));
            }
        }
    }

    private static void pause(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        catchUp();
        running = true;
        follower = new Thread(this::follow, "feed-" + key);
        follower.setDaemon(true);
        follower.start();
    }

    @Override
    public void stop() {
        running = false;
        if (follower != null) {
            follower.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server takes requests, so that the backlog is known by the first one. */
    @Override
    public int getPhase() {
        return 0;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
