package com.webook.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.webook.api.article.v1.ArticleRead;
import com.webook.api.article.v1.ArticleService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

/** Reads are counted in batches, never at a view's expense: what is served is sent, or counted as dropped. */
class ReadRecorderTest {

    private final List<List<ArticleRead>> batches = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private volatile boolean providerDown;

    private final ArticleService provider = StandIn.of(ArticleService.class, Map.<String, Function<Object[], Object>>of(
            "recordReads", args -> {
                if (providerDown) {
                    throw new IllegalStateException("no provider");
                }
                @SuppressWarnings("unchecked")
                List<ArticleRead> batch = (List<ArticleRead>) args[0];
                batches.add(batch);
                return null;
            }));

    @Test
    void readsGoInBatchesOfAtMostAThousandEachWithItsOwnEventIdAndStoppingSendsTheRest() {
        ReadRecorder recorder = new ReadRecorder(provider, Clock.systemUTC(), 10_000, Duration.ofMillis(50), meters);
        recorder.start();

        for (int i = 0; i < 2_500; i++) {
            recorder.record(1, i % 2 == 0 ? 7 : 0, "client-key");
        }
        recorder.stop();

        List<ArticleRead> sent = batches.stream().flatMap(List::stream).toList();
        assertThat(sent).hasSize(2_500);
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(1_000));
        assertThat(sent).extracting(ArticleRead::eventId).doesNotHaveDuplicates();
        assertThat(sent).filteredOn(read -> read.readerId() == 7).extracting(ArticleRead::anonymousReader).containsOnlyNulls();
        assertThat(sent).filteredOn(read -> read.readerId() == 0).extracting(ArticleRead::anonymousReader)
                .containsOnly("client-key");
        assertThat(meters.counter("webook.reads.sent").count()).isEqualTo(2_500);
    }

    @Test
    void closingTheAppSendsWhatIsQueuedBeforeTheClientsClose() {
        ReadRecorder recorder = new ReadRecorder(provider, Clock.systemUTC(), 10_000, Duration.ofMillis(50), meters);
        for (int i = 0; i < 1_500; i++) {
            recorder.record(1, 7, null); // not started: only closing sends them
        }

        recorder.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(1_500);
        assertThat(batches).hasSize(2);
    }

    @Test
    void readsThatCannotBeSentAreDroppedAndCounted() {
        providerDown = true;
        ReadRecorder recorder = new ReadRecorder(provider, Clock.systemUTC(), 10_000, Duration.ofMillis(50), meters);
        recorder.start();

        recorder.record(1, 7, null);
        recorder.record(2, 7, null);
        recorder.stop();

        assertThat(meters.counter("webook.reads.dropped", "reason", "call_failed").count()).isEqualTo(2);
    }

    @Test
    void aFullQueueDropsTheReadAndCountsItWithoutWaiting() {
        ReadRecorder recorder = new ReadRecorder(provider, Clock.systemUTC(), 2, Duration.ofMillis(50), meters);

        recorder.record(1, 7, null);
        recorder.record(2, 7, null);
        recorder.record(3, 7, null); // not started: nothing takes from the queue

        assertThat(meters.counter("webook.reads.dropped", "reason", "queue_full").count()).isEqualTo(1);
        recorder.start();
        recorder.stop();
        assertThat(batches.stream().flatMap(List::stream).map(ArticleRead::articleId)).containsExactly(1L, 2L);
    }
}
