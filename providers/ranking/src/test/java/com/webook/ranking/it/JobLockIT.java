package com.webook.ranking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.webook.ranking.application.ComputingHotList;
import com.webook.ranking.infrastructure.redis.RedissonLocks;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;

/**
 * The job lock on the real Redis with Redisson's watchdog: two instances never compute at once, a run
 * longer than the watchdog timeout keeps the lock, and when the holder is killed mid-run (SIGKILL, no
 * unlock) another instance computes the next period within the watchdog timeout.
 */
class JobLockIT extends RankingIT {

    private static final String LOCK = "ranking:job-lock";

    @Autowired
    RedisProperties redisProperties;

    @Autowired
    ComputingHotList computing;

    @Test
    void twoInstancesNeverComputeAtOnceAndALongRunKeepsTheLock() throws Exception {
        RedissonClient one = client(1_000);
        RedissonClient two = client(1_000);
        try {
            List<RedissonLocks> instances = List.of(new RedissonLocks(one, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                    new RedissonLocks(two, Duration.ofSeconds(1), Duration.ofSeconds(1)));
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            AtomicInteger ran = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            for (int t = 0; t < 8; t++) {
                RedissonLocks locks = instances.get(t % 2);
                threads.submit(() -> {
                    start.await();
                    while (System.nanoTime() < until) {
                        locks.ifFree(LOCK, () -> {
                            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            ran.incrementAndGet();
                            sleep(ran.get() == 1 ? 2_500 : 20); // the first run outlives the 1 s watchdog timeout
                            inside.decrementAndGet();
                            return true;
                        });
                    }
                    return null;
                });
            }
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(most.get()).as("runs at once").isEqualTo(1);
            assertThat(ran.get()).isGreaterThan(5);
        } finally {
            one.shutdown();
            two.shutdown();
        }
    }

    @Test
    void whenTheHolderIsKilledMidRunAnotherInstanceComputesTheNextPeriod() throws Exception {
        publish(Duration.ofHours(1), 3);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), redisProperties.getHost(), Integer.toString(redisProperties.getPort()),
                Integer.toString(redisProperties.getDatabase()), Long.toString(properties.lockWatchdog().toMillis()), LOCK)
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> out.lines().forEach(lines::add));
            reader.setDaemon(true);
            reader.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.contains("holding"));
            Instant period = Instant.now();
            assertThat(computing.runForPeriod(period)).as("the other instance is computing").isEmpty();

            holder.destroyForcibly().waitFor();
            long killed = System.nanoTime();
            await().atMost(properties.lockWatchdog().plusSeconds(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> computing.runForPeriod(period.plusSeconds(60)).isPresent());
            long waited = (System.nanoTime() - killed) / 1_000_000;
            System.out.printf("the next period was computed %d ms after the holder was killed (watchdog %s)%n",
                    waited, properties.lockWatchdog());
            assertThat(ranking().hot(0, 10).total()).isEqualTo(1);
        } finally {
            holder.destroyForcibly();
        }
    }

    /** job-admin's timeout interrupts the run's thread: the lock must still be released, not renewed for ever. */
    @Test
    void anInterruptedRunStillReleasesTheLock() throws Exception {
        RedissonClient one = client(1_000);
        RedissonClient two = client(1_000);
        try {
            RedissonLocks first = new RedissonLocks(one, Duration.ofSeconds(1), Duration.ofSeconds(1));
            Thread run = new Thread(() -> first.ifFree(LOCK, () -> {
                Thread.currentThread().interrupt();
                return true;
            }));
            run.start();
            run.join();

            assertThat(new RedissonLocks(two, Duration.ofSeconds(1), Duration.ofSeconds(1)).ifFree(LOCK, () -> true))
                    .as("free for the next run").contains(true);
        } finally {
            one.shutdown();
            two.shutdown();
        }
    }

    private RedissonClient client(long watchdogMillis) {
        Config config = new Config();
        config.setLockWatchdogTimeout(watchdogMillis);
        config.useSingleServer().setAddress("redis://" + redisProperties.getHost() + ":" + redisProperties.getPort())
                .setDatabase(redisProperties.getDatabase());
        return Redisson.create(config);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
