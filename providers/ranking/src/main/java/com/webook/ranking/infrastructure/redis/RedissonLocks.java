package com.webook.ranking.infrastructure.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.webook.ranking.application.Locks;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * Redisson's locks. {@link #ifFree} takes the lock without a lease time, so Redisson's watchdog renews it
 * (every third of the client's {@code lockWatchdogTimeout}) for as long as the body runs and this process
 * lives: a run of any length keeps it, and a holder killed mid-run loses it within the watchdog timeout.
 * {@link #holding} waits at most {@code wait} and holds at most {@code lease}, for short sections.
 */
public class RedissonLocks implements Locks {

    private final RedissonClient redisson;
    private final Duration wait;
    private final Duration lease;

    public RedissonLocks(RedissonClient redisson, Duration wait, Duration lease) {
        this.redisson = redisson;
        this.wait = wait;
        this.lease = lease;
    }

    @Override
    public <T> Optional<T> ifFree(String name, Supplier<T> body) {
        RLock lock = redisson.getLock(name);
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(body.get());
        } finally {
            unlock(lock);
        }
    }

    @Override
    public <T> T holding(String name, Supplier<T> body) {
        RLock lock = redisson.getLock(name);
        boolean held;
        try {
            held = lock.tryLock(wait.toMillis(), lease.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + name, e);
        }
        if (!held) {
            throw new IllegalStateException(name + " is held elsewhere for longer than " + wait);
        }
        try {
            return body.get();
        } finally {
            unlock(lock);
        }
    }

    /**
     * Releases the lock this thread holds, even when the thread was interrupted (job-admin's timeout
     * interrupts the run): an interrupted thread's Redis calls fail at once, and a lock left unreleased
     * would be renewed by the watchdog for as long as this process lives. A lease that ran out (a section
     * longer than its lease) has nothing left to release.
     */
    private static void unlock(RLock lock) {
        boolean interrupted = Thread.interrupted();
        long thread = Thread.currentThread().getId();
        try {
            if (lock.isHeldByThread(thread)) {
                lock.unlock();
            }
        } catch (RuntimeException failed) {
            lock.unlockAsync(thread);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
