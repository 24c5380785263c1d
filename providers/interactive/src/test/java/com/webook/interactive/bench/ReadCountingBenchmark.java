package com.webook.interactive.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.infrastructure.cache.CountField;
import com.webook.interactive.infrastructure.cache.CountsCache;
import com.webook.interactive.infrastructure.persistence.JdbcReadBatches;
import com.webook.interactive.infrastructure.persistence.MysqlReadCounter;
import com.webook.provider.support.events.AppliedEvents;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read events per second applied to MySQL by the consumer's write path ({@link MysqlReadCounter}: dedupe
 * by event id, remember the ids, upsert the counts, commit), with the batches the consumer makes beside one
 * event per transaction, in the same run, on one thread (the consumer has one per instance). Every event
 * has a fresh id and hits one of {@code articles} objects at random. Kafka and Redis are not in the path.
 * Not a test: run it with bench/interactive/run.sh.
 *
 * <p>Arguments: MySQL host:port, database, seconds per measurement, batch size, articles.
 */
public final class ReadCountingBenchmark {

    private ReadCountingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1:3306";
        String database = args.length > 1 ? args[1] : "webook_interactive_bench";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int batchSize = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        int articles = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;

        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:mysql://" + host + "/" + database + "?createDatabaseIfNotExist=true&useUnicode=true"
                + "&characterEncoding=utf8");
        pool.setUsername(System.getenv().getOrDefault("WEBOOK_MYSQL_USERNAME", "root"));
        pool.setPassword(System.getenv().getOrDefault("WEBOOK_MYSQL_PASSWORD", ""));
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.setMaximumPoolSize(2);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/interactive").load().migrate();
            MysqlReadCounter counter = counter(dataSource);
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("TRUNCATE TABLE read_events_applied");
                statement.execute("DELETE FROM interactives WHERE biz = 'bench'");
            }

            System.out.printf("MySQL %s/%s, 1 thread, %d s per measurement (after a %d s warm-up each), batches of %d,"
                    + " %,d articles%n", host, database, seconds, Math.max(2, seconds / 3), batchSize, articles);
            for (int round = 1; round <= 2; round++) {
                double single = rate(counter, 1, articles, seconds);
                double batched = rate(counter, batchSize, articles, seconds);
                System.out.printf("round %d: one event per transaction %,.0f events/s   batches of %d %,.0f events/s"
                        + "   (%.1fx)%n", round, single, batchSize, batched, batched / single);
            }
        }
    }

    private static double rate(MysqlReadCounter counter, int batchSize, int articles, int seconds) {
        run(counter, batchSize, articles, Math.max(2, seconds / 3) * 1_000L);
        return run(counter, batchSize, articles, seconds * 1_000L) * 1_000.0 / (seconds * 1_000L);
    }

    private static long run(MysqlReadCounter counter, int batchSize, int articles, long millis) {
        long end = System.currentTimeMillis() + millis;
        long applied = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.currentTimeMillis() < end) {
            List<ReadEvent> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                batch.add(new ReadEvent(UUID.randomUUID().toString(), new BizObject("bench", 1 + random.nextInt(articles))));
            }
            applied += counter.apply(batch).applied();
        }
        return applied;
    }

    private static MysqlReadCounter counter(HikariDataSource dataSource) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        return new MysqlReadCounter(new AppliedEvents(jdbc, "read_events_applied"), new JdbcReadBatches(jdbc),
                new NoCache(), transactions, Clock.systemUTC());
    }

    /** No Redis in the measured path. */
    private static final class NoCache implements CountsCache {

        @Override
        public Map<Long, Counts> getAll(String biz, Collection<Long> ids) {
            return Map.of();
        }

        @Override
        public void putAll(Collection<Counts> counts) {
        }

        @Override
        public int incrementExisting(CountField field, Map<BizObject, Long> deltas) {
            return 0;
        }
    }
}
