package com.webook.ranking.it;

import java.util.concurrent.CountDownLatch;

import com.webook.ranking.infrastructure.redis.RedissonLocks;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * Test kit: another ranking instance that takes the job lock and computes for ever, in a process of its
 * own so that a test can SIGKILL it mid-run. Arguments: Redis host, port, database, watchdog timeout
 * (ms), lock name. Prints "holding" once it holds the lock.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Config config = new Config();
        config.setLockWatchdogTimeout(Long.parseLong(args[3]));
        config.useSingleServer().setAddress("redis://" + args[0] + ":" + args[1]).setDatabase(Integer.parseInt(args[2]));
        RedissonClient redisson = Redisson.create(config);
        CountDownLatch never = new CountDownLatch(1);
        boolean ran = new RedissonLocks(redisson, java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1))
                .ifFree(args[4], () -> {
                    System.out.println("holding");
                    System.out.flush();
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return true;
                }).isPresent();
        System.out.println(ran ? "released" : "busy");
    }
}
