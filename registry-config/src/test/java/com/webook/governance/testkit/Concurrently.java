package com.webook.governance.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Test kit: {@code callers} calls released at the same instant, each on a thread of its own, for tests of
 * races (one user per phone, one code per minute, ...). Waits up to a minute for them all, a bound a
 * loaded machine never reaches unless something hangs; a call that throws fails the whole run with its
 * exception.
 */
public final class Concurrently {

    static final Duration LIMIT = Duration.ofMinutes(1);

    private Concurrently() {
    }

    /** The answers of {@code callers} simultaneous calls of {@code call}, in the callers' order. */
    public static <T> List<T> all(int callers, Callable<T> call) throws Exception {
        return all(callers, caller -> call);
    }

    /** The answers of {@code callers} simultaneous calls, caller {@code i} making {@code call.apply(i)}. */
    public static <T> List<T> all(int callers, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<T> one = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return one.call();
                }));
            }
            start.countDown();
            long deadline = System.nanoTime() + LIMIT.toNanos();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    answers.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof Exception e ? e : failed;
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
