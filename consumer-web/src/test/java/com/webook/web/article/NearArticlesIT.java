package com.webook.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.webook.api.article.v1.ArticleErrorCode;
import com.webook.api.article.v1.ArticleService;
import com.webook.api.article.v1.ArticleStatus;
import com.webook.api.article.v1.ArticleView;
import com.webook.api.common.v1.ServiceException;
import com.webook.governance.feed.NearCopies;
import com.webook.governance.feed.RedisFeed;
import com.webook.governance.testkit.RunningFeeds;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Two consumer-web instances' near copies of published articles, each following one change feed on the
 * real Redis, in front of an article provider stand-in that announces its changes on that feed as the real
 * one does (the real one's announcing is under test in the article module): a withdrawn article is
 * refused by both once the change is announced, well within a second; a copy that may predate a change is
 * never kept; an instance that cannot hear the feed serves no copy at all.
 */
class NearArticlesIT {

    private static final Duration POLL = Duration.ofMillis(5);

    @RegisterExtension
    final RunningFeeds feeds = new RunningFeeds();

    private final RedisConnectionFactory redis = feeds.redis();
    private final String feedKey = "it:article:changes:" + UUID.randomUUID();
    private final RedisFeed announcer = feeds.announcer(feedKey);
    /** The provider's published articles, by id. */
    private final Map<Long, ArticleView> published = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();
    /** The copies under the last instance made. */
    private NearCopies<ArticleView> copies;
    /** Runs inside the provider's answer, before it returns (a change landing during a fetch). */
    private volatile Runnable duringFetch = () -> { };

    private final ArticleService provider = StandIn.of(ArticleService.class, Map.<String, Function<Object[], Object>>of(
            "peekPublished", args -> {
                fetches.incrementAndGet();
                ArticleView view = published.get((Long) args[0]);
                duringFetch.run();
                if (view == null) {
                    throw new ServiceException(ArticleErrorCode.ARTICLE_NOT_FOUND, "no article " + args[0]);
                }
                return view;
            }));

    @Test
    void aPopularArticleIsFetchedOnceAndNotFoundIsNotKept() {
        NearArticles near = instance(redis);
        publish(1, "v1");

        near.published(1);
        near.published(1);
        assertThatThrownBy(() -> near.published(2)).isInstanceOf(ServiceException.class);
        assertThatThrownBy(() -> near.published(2)).isInstanceOf(ServiceException.class);

        assertThat(fetches).as("once for the article, twice for the missing one").hasValue(3);
    }

    @Test
    void aWithdrawnArticleIsRefusedByEveryInstanceOnceTheChangeIsAnnounced() {
        NearArticles a = instance(redis);
        NearArticles b = instance(redis);
        publish(1, "v1");
        assertThat(a.published(1).title()).isEqualTo("v1");
        assertThat(b.published(1).title()).isEqualTo("v1");

        withdraw(1);

        await().atMost(Duration.ofSeconds(1)).pollInterval(POLL).until(() -> refuses(a, 1) && refuses(b, 1));
    }

    @Test
    void aRepublishedArticleReachesEveryInstanceOnceTheChangeIsAnnounced() {
        NearArticles a = instance(redis);
        NearArticles b = instance(redis);
        publish(1, "v1");
        a.published(1);
        b.published(1);

        publish(1, "v2");

        await().atMost(Duration.ofSeconds(1)).pollInterval(POLL)
                .until(() -> a.published(1).title().equals("v2") && b.published(1).title().equals("v2"));
    }

    @Test
    void aCopyFetchedWhileAChangeIsAnnouncedIsNotKept() {
        NearArticles near = instance(redis);
        NearCopies<ArticleView> nearCopies = copies;
        published.put(1L, view(1, "v1"));
        AtomicLong heardBefore = new AtomicLong(-1);
        duringFetch = () -> {
            // The provider answers "v1", and a change of the article commits and is heard meanwhile.
            duringFetch = () -> { };
            heardBefore.set(nearCopies.changesHeard());
            announcer.append("1");
            await().atMost(Duration.ofSeconds(1)).pollInterval(POLL)
                    .until(() -> nearCopies.changesHeard() > heardBefore.get());
        };

        assertThat(near.published(1).title()).isEqualTo("v1");
        published.put(1L, view(1, "v2"));

        assertThat(heardBefore.get()).as("the change came during the fetch").isNotNegative();
        assertThat(near.published(1).title()).as("fetched again, not the copy that predates the change")
                .isEqualTo("v2");
    }

    @Test
    void anInstanceThatCannotHearTheFeedServesNoCopy() {
        NearArticles deaf = instance(feeds.unreachable());
        publish(1, "v1");

        deaf.published(1);
        deaf.published(1);

        assertThat(copies.trusted()).isFalse();
        assertThat(fetches).as("every view asks the provider").hasValue(2);
    }

    @Test
    void theInstanceAChangeWasMadeThroughForgetsItsCopyAtOnce() {
        NearArticles near = instance(redis);
        publish(1, "v1");
        near.published(1);

        published.remove(1L); // withdrawn, and not yet heard of on the feed
        near.forget(1);

        assertThat(refuses(near, 1)).isTrue();
    }

    private NearArticles instance(RedisConnectionFactory connections) {
        copies = feeds.started(new NearCopies<>("it", connections, feedKey, Duration.ofSeconds(60), 16 << 20,
                NearArticles::weightOf, new SimpleMeterRegistry()));
        return new NearArticles(provider, copies);
    }

    private void publish(long id, String title) {
        published.put(id, view(id, title));
        announcer.append(Long.toString(id));
    }

    private void withdraw(long id) {
        published.remove(id);
        announcer.append(Long.toString(id));
    }

    private static ArticleView view(long id, String title) {
        return new ArticleView(id, 7, title, "text", ArticleStatus.PUBLISHED, Instant.EPOCH, Instant.EPOCH);
    }

    private static boolean refuses(NearArticles near, long id) {
        try {
            near.published(id);
            return false;
        } catch (ServiceException notFound) {
            return true;
        }
    }


}
