package com.webook.code.bench;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.webook.code.application.SendingCode;
import com.webook.code.infrastructure.redis.RedisCodeStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Sends per second the code service's send path sustains against a Redis (draw a code, run the store
 * script, hand it to a no-op SMS sender), beside a bare EVALSHA loop of a trivial script through the
 * same client, threads and connection, measured in the same run. Every send is for a new phone, so none
 * is refused as too frequent. Not a test: run it with bench/code/run.sh.
 *
 * <p>Arguments: Redis host, port, database, threads, seconds per measurement.
 */
public final class CodeSendBenchmark {

    private CodeSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 6379;
        int database = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;

        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(host, port);
        server.setDatabase(database);
        LettuceConnectionFactory connections = new LettuceConnectionFactory(server);
        connections.afterPropertiesSet();
        StringRedisTemplate redis = new StringRedisTemplate(connections);
        redis.afterPropertiesSet();

        SendingCode sending = new SendingCode(new RedisCodeStore(redis), (phone, code, validity) -> { },
                new SecureRandom(), new SimpleMeterRegistry());
        RedisScript<Long> trivial = RedisScript.of("return 0", Long.class);
        AtomicLong phones = new AtomicLong(10_000_000_000L);

        Runnable send = () -> sending.send("bench", "+86" + phones.incrementAndGet());
        Runnable evalsha = () -> redis.execute(trivial, List.of("bench:evalsha"));

        System.out.printf("Redis %s:%d db %d, %d threads, %d s per measurement (after a %d s warm-up each)%n",
                host, port, database, threads, seconds, Math.max(2, seconds / 3));
        for (int round = 1; round <= 2; round++) {
            double bare = rate(evalsha, threads, seconds);
            double sends = rate(send, threads, seconds);
            System.out.printf("round %d: bare EVALSHA %,.0f/s   code sends %,.0f/s   (%.0f%% of bare)%n",
                    round, bare, sends, 100 * sends / bare);
        }
        redis.delete(redis.keys("phone_code:bench:*"));
        connections.destroy();
    }

    private static double rate(Runnable operation, int threads, int seconds) throws Exception {
        run(operation, threads, Duration.ofSeconds(Math.max(2, seconds / 3)));
        return run(operation, threads, Duration.ofSeconds(seconds)) / (double) seconds;
    }

    private static long run(Runnable operation, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long done = 0;
                while (System.nanoTime() < end) {
                    operation.run();
                    done++;
                }
                return done;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total;
    }
}
