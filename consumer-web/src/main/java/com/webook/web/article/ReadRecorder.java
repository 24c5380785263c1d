package com.webook.web.article;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.webook.api.article.v1.ArticleRead;
import com.webook.api.article.v1.ArticleService;
import com.webook.governance.text.EventIds;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;

/**
 * The reads this instance served, counted in batches: a view never waits for its read to be counted, and
 * a thousand views cost the article provider one call ({@link ArticleService#recordReads}), not a thousand.
 *
 * <p>Each read gets its event id here, so a batch the Dubbo client retries is counted once. A batch goes
 * when it is full or {@code flushEvery} after its first read. When the app closes, what is queued is sent
 * before Dubbo closes its clients (on the context-closed event, ahead of Dubbo's own listener), and what
 * the last requests add is tried once more when this stops. Reads that cannot
 * be counted, because the queue is full or the provider refused the batch, are dropped and counted in
 * {@code webook.reads.dropped{reason}}: like the provider's own events, a read never fails or slows a view.
 */
class ReadRecorder implements SmartLifecycle, ApplicationListener<ContextClosedEvent>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ReadRecorder.class);

    private final ArticleService articles;
    private final Clock clock;
    private final Duration flushEvery;
    private final BlockingQueue<ArticleRead> queue;
    private final Counter sent;
    private final Counter droppedFull;
    private final Counter droppedFailed;
    private volatile boolean running;
    private Thread sender;
    /** Whether the last batch failed: logged when failures start and end, not per batch. */
    private volatile boolean failing;

    ReadRecorder(ArticleService articles, Clock clock, int capacity, Duration flushEvery, MeterRegistry meters) {
        this.articles = articles;
        this.clock = clock;
        this.flushEvery = flushEvery;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sent = Counter.builder("webook.reads.sent").description("Reads sent to the article provider to count")
                .register(meters);
        this.droppedFull = dropped(meters, "queue_full");
        this.droppedFailed = dropped(meters, "call_failed");
        Gauge.builder("webook.reads.queued", queue, BlockingQueue::size).description("Reads waiting to be sent")
                .register(meters);
    }

    private static Counter dropped(MeterRegistry meters, String reason) {
        return Counter.builder("webook.reads.dropped").tag("reason", reason)
                .description("Reads served but not counted").register(meters);
    }

    /** Counts a read of {@code articleId} by {@code readerId} (0: anonymous, then {@code anonymousReader}). */
    void record(long articleId, long readerId, String anonymousReader) {
        ArticleRead read = new ArticleRead(EventIds.next(), articleId, readerId, readerId > 0 ? null : anonymousReader,
                clock.millis());
        if (!queue.offer(read)) {
            droppedFull.increment();
        }
    }

    private void sendLoop() {
        List<ArticleRead> batch = new ArrayList<>(ArticleService.MAX_READS_PER_CALL);
        while (running || !queue.isEmpty()) {
            try {
                ArticleRead first = queue.poll(flushEvery.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long deadline = System.nanoTime() + flushEvery.toNanos();
                while (batch.size() < ArticleService.MAX_READS_PER_CALL && running) {
                    long left = deadline - System.nanoTime();
                    ArticleRead next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                queue.drainTo(batch, ArticleService.MAX_READS_PER_CALL - batch.size());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                queue.drainTo(batch, ArticleService.MAX_READS_PER_CALL - batch.size());
                send(batch);
                return;
            }
            send(batch);
            batch.clear();
        }
    }

    private void send(List<ArticleRead> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            articles.recordReads(List.copyOf(batch));
            sent.increment(batch.size());
            if (failing) {
                failing = false;
                log.info("reads are sent to be counted again");
            }
        } catch (RuntimeException failed) {
            droppedFailed.increment(batch.size());
            if (!failing) {
                failing = true;
                log.warn("reads cannot be sent to be counted; dropping them until they can (webook.reads.dropped): {}",
                        failed.toString());
            }
        }
    }

    /** Sends what is queued now, on the closing thread, while the Dubbo clients still work. */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        List<ArticleRead> batch = new ArrayList<>(ArticleService.MAX_READS_PER_CALL);
        while (queue.drainTo(batch, ArticleService.MAX_READS_PER_CALL) > 0) {
            send(batch);
            batch.clear();
        }
    }

    /** Right after the registry is left (LeaveRegistryFirst), before Dubbo's own listener closes the clients. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public void start() {
        running = true;
        sender = new Thread(this::sendLoop, "read-recorder");
        sender.setDaemon(true);
        sender.start();
    }

    /** Sends what is still queued and stops; after the web server, so the last views are tried too. */
    @Override
    public void stop() {
        running = false;
        if (sender != null) {
            try {
                sender.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
