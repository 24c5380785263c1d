package com.webook.ranking.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.governance.feed.RedisFeed;
import com.webook.governance.testkit.FreePorts;
import com.webook.ranking.application.ServingHotList;
import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.domain.HotList;
import com.webook.ranking.domain.Ranked;
import com.webook.ranking.infrastructure.redis.RedisRankingStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * With Redis stopped, the list is still served from memory, marked stale, with the time it was computed.
 * Redis here is a redis-server of this test's own (the shared one is not ours to stop), killed mid-test.
 */
class RedisDownIT extends RankingIT {

    @Autowired
    ObjectMapper json;

    @Test
    void theLastCopyIsServedMarkedStaleWhileRedisIsDownAndFreshWhenItIsBack() throws Exception {
        int port = FreePorts.next();
        Path dir = Files.createTempDirectory("ranking-redis");
        Process redisServer = startRedis(port, dir);
        LettuceConnectionFactory connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(300)).build());
        connections.afterPropertiesSet();
        ServingHotList[] serving = new ServingHotList[1];
        RedisFeed announcements = new RedisFeed(connections, "ranking:changes", Clock.systemUTC(), Duration.ofMinutes(1),
                Duration.ofSeconds(2), Duration.ofMillis(200), at -> serving[0].announced(at));
        RedisRankingStore store = new RedisRankingStore(new StringRedisTemplate(connections), json, announcements,
                Duration.ofMinutes(30));
        serving[0] = new ServingHotList(store, announcements::isCurrent, Clock.systemUTC(), Duration.ofSeconds(1),
                Duration.ofMinutes(30), 100);
        announcements.start();
        try {
            Instant computedAt = Instant.now();
            Candidate candidate = new Candidate(new Article(1, 2, "t", "a", computedAt.minusSeconds(60)),
                    new Counts(5, 0, 0), computedAt);
            store.publish(new HotList(List.of(new Ranked(candidate, 1.5)), computedAt, computedAt));
            await().atMost(Duration.ofSeconds(5)).until(() -> serving[0].part(0, 100).total() == 1);
            assertThat(serving[0].part(0, 100).stale()).isFalse();

            redisServer.destroyForcibly().waitFor();

            await().atMost(Duration.ofSeconds(5)).until(() -> serving[0].part(0, 100).stale());
            ServingHotList.Part part = serving[0].part(0, 100);
            assertThat(part.items()).extracting(Ranked::id).containsExactly(1L);
            assertThat(part.computedAt()).isEqualTo(computedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            long slowest = 0;
            for (int i = 0; i < 50; i++) {
                long began = System.nanoTime();
                serving[0].part(0, 100);
                slowest = Math.max(slowest, System.nanoTime() - began);
            }
            System.out.printf("with Redis down, the slowest of 50 answers took %d ms%n", slowest / 1_000_000);

            redisServer = startRedis(port, dir);
            await().atMost(Duration.ofSeconds(10)).until(() -> !serving[0].part(0, 100).stale());
        } finally {
            announcements.stop();
            connections.destroy();
            redisServer.destroyForcibly().waitFor();
        }
    }

    private static Process startRedis(int port, Path dir) throws Exception {
        Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis-" + port + ".out").toFile()).start();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (java.io.IOException notYet) {
                return false;
            }
        });
        return process;
    }
}
