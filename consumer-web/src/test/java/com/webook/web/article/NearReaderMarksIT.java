package com.webook.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.webook.api.interactive.v1.InteractiveService;
import com.webook.api.interactive.v1.ReaderMarks;
import com.webook.governance.feed.NearCopies;
import com.webook.governance.feed.RedisFeed;
import com.webook.governance.testkit.RunningFeeds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Two consumer-web instances' copies of readers' marks, following one reader-changes feed on the real Redis,
 * in front of an interactive provider stand-in that announces changes there as the real one does (its
 * announcing is under test in the interactive module): flags come from one fetch per reader, a change is
 * seen by every instance once announced, and whatever cannot be told from a copy answers "ask per article".
 */
class NearReaderMarksIT {

    private static final long ADA = 7;

    @RegisterExtension
    final RunningFeeds feeds = new RunningFeeds();

    private final RedisConnectionFactory redis = feeds.redis();
    private final String feedKey = "it:interactive:reader-changes:" + UUID.randomUUID();
    private final RedisFeed announcer = feeds.announcer(feedKey);
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile ReaderMarks adas = new ReaderMarks(List.of(3L, 1L), List.of(2L), true);
    private volatile boolean providerDown;

    private final InteractiveService provider = StandIn.of(InteractiveService.class,
            Map.<String, Function<Object[], Object>>of("readerMarks", args -> {
                fetches.incrementAndGet();
                if (providerDown) {
                    throw new IllegalStateException("no provider");
                }
                return adas;
            }));

    @Test
    void aReadersFlagsOnManyArticlesComeFromOneFetch() {
        NearReaderMarks near = instance(redis);

        assertThat(near.flagsOf(ADA, 1)).isEqualTo(new NearReaderMarks.Flags(true, false));
        assertThat(near.flagsOf(ADA, 2)).isEqualTo(new NearReaderMarks.Flags(false, true));
        assertThat(near.flagsOf(ADA, 3)).isEqualTo(new NearReaderMarks.Flags(true, false));
        assertThat(near.flagsOf(ADA, 4)).isEqualTo(new NearReaderMarks.Flags(false, false));
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aChangeOfTheReadersMarksIsSeenByEveryInstanceOnceAnnounced() {
        NearReaderMarks a = instance(redis);
        NearReaderMarks b = instance(redis);
        assertThat(a.flagsOf(ADA, 4).liked()).isFalse();
        assertThat(b.flagsOf(ADA, 4).liked()).isFalse();

        adas = new ReaderMarks(List.of(1L, 3L, 4L), List.of(2L), true); // Ada likes article 4
        announcer.append(Long.toString(ADA));

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5))
                .until(() -> a.flagsOf(ADA, 4).liked() && b.flagsOf(ADA, 4).liked());
    }

    @Test
    void theInstanceAChangeWentThroughSeesItAtOnce() {
        NearReaderMarks near = instance(redis);
        assertThat(near.flagsOf(ADA, 4).liked()).isFalse();

        adas = new ReaderMarks(List.of(1L, 3L, 4L), List.of(2L), true);
        near.forget(ADA);

        assertThat(near.flagsOf(ADA, 4).liked()).isTrue();
    }

    @Test
    void whatACopyCannotTellIsAskedPerArticle() {
        adas = new ReaderMarks(List.of(1L), List.of(), false); // more marks than a copy holds
        assertThat(instance(redis).flagsOf(ADA, 1)).as("incomplete marks").isNull();

        adas = new ReaderMarks(List.of(1L), List.of(), true);
        providerDown = true;
        assertThat(instance(redis).flagsOf(ADA, 1)).as("the fetch failed").isNull();

        providerDown = false;
        assertThat(instance(feeds.unreachable()).flagsOf(ADA, 1)).as("the feed is not heard").isNull();
    }

    private NearReaderMarks instance(RedisConnectionFactory connections) {
        return new NearReaderMarks(provider, feeds.started(new NearCopies<>("it", connections, feedKey,
                Duration.ofMinutes(5), 16 << 20, NearReaderMarks.Marks::weight, new SimpleMeterRegistry())));
    }
}
