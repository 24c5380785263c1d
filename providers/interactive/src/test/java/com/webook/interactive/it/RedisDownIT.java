package com.webook.interactive.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.webook.interactive.domain.BizObject;
import com.webook.interactive.domain.Counts;
import com.webook.interactive.domain.ReadEvent;
import com.webook.interactive.domain.ReadsApplied;
import com.webook.interactive.infrastructure.cache.RedisCountsCache;
import com.webook.interactive.infrastructure.cache.ResilientCountsCache;
import com.webook.interactive.infrastructure.persistence.CachedInteractiveRepository;
import com.webook.interactive.infrastructure.persistence.JdbcReadBatches;
import com.webook.interactive.infrastructure.persistence.MybatisInteractiveDao;
import com.webook.interactive.infrastructure.persistence.MysqlReadCounter;
import com.webook.provider.support.events.AppliedEvents;
import com.webook.provider.support.redis.UnreachableRedis;
import com.webook.provider.support.testing.ProviderIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With Redis unreachable, counts are read from and written to MySQL and every call still answers,
 * counting each cache failure.
 */
@ProviderIntegrationTest
class RedisDownIT {

    @Autowired
    MybatisInteractiveDao dao;

    @Autowired
    TransactionTemplate interactiveTransactions;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final UnreachableRedis redis = new UnreachableRedis();

    CachedInteractiveRepository interactions;
    MysqlReadCounter reads;

    @BeforeEach
    void pointTheCacheAtADeadRedis() {
        ResilientCountsCache cache = new ResilientCountsCache(new RedisCountsCache(redis.template()), redis.meters());
        interactions = new CachedInteractiveRepository(dao, cache, interactiveTransactions, Clock.systemUTC());
        reads = new MysqlReadCounter(new AppliedEvents(jdbc, "read_events_applied"), new JdbcReadBatches(jdbc), cache,
                interactiveTransactions, Clock.systemUTC());
    }

    @Test
    void countsLikesAndReadsGoToMySqlAndSucceed() {
        BizObject article = new BizObject("article", Ids.fresh());
        long unknown = Ids.fresh();

        assertThat(interactions.storeLike(article, Ids.fresh(), true)).isTrue();
        ReadsApplied applied = reads.apply(List.of(new ReadEvent(UUID.randomUUID().toString(), article)));

        assertThat(applied.applied()).isEqualTo(1);
        assertThat(interactions.counts(article)).isEqualTo(new Counts(article, 1, 1, 0));
        assertThat(interactions.counts("article", List.of(unknown, article.id())))
                .containsExactly(Counts.zero(new BizObject("article", unknown)), new Counts(article, 1, 1, 0));
        assertThat(redis.cacheFailuresCounted()).as("cache failures counted").isGreaterThanOrEqualTo(6);
    }
}
