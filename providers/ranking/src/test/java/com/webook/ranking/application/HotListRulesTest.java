package com.webook.ranking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.webook.governance.testkit.MutableClock;
import com.webook.ranking.domain.Article;
import com.webook.ranking.domain.Candidate;
import com.webook.ranking.domain.Counts;
import com.webook.ranking.domain.Drift;
import com.webook.ranking.domain.HotList;
import com.webook.ranking.domain.RankingRejected;
import com.webook.ranking.domain.Ranked;
import com.webook.ranking.domain.ScoreWeights;
import org.junit.jupiter.api.Test;

/** The job, the live updates between runs and the serving, over the ports in memory. */
class HotListRulesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final InMemoryRanking.Articles articles = new InMemoryRanking.Articles();
    private final InMemoryRanking.Store store = new InMemoryRanking.Store();
    private final InMemoryRanking.LocalLocks locks = new InMemoryRanking.LocalLocks();
    private ScoreWeights weights = ScoreWeights.DEFAULT;
    private final RankingSettings settings = new RankingSettings(Duration.ofDays(7), 100, 300, 1000, 97);
    private final KeepingHotListFresh fresh = new KeepingHotListFresh(store, articles, articles, locks, () -> weights,
            settings, clock);
    private final ComputingHotList computing = new ComputingHotList(articles, articles, fresh, store, locks,
            () -> weights, settings, clock, Duration.ZERO);

    private long nextId = 1;

    private long publish(Duration age, long likes) {
        long id = nextId++;
        articles.publish(new Article(id, 7, "title " + id, "abstract", clock.instant().minus(age)),
                new Counts(likes, 0, 0));
        return id;
    }

    @Test
    void aRunOverTenThousandRandomArticlesListsExactlyTheFullSortsTopHundred() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            publish(Duration.ofMinutes(random.nextInt(6 * 24 * 60)), random.nextInt(1000));
        }
        Instant now = clock.instant();
        List<Long> fullSort = articles.published.values().stream()
                .map(a -> weights.rank(new Candidate(a, articles.counts.get(a.id()), now), now))
                .sorted(Ranked.HOTTEST_FIRST).limit(100).map(Ranked::id).toList();

        ComputingHotList.Report report = computing.runAlone().orElseThrow();

        assertThat(store.list.ids()).containsExactlyElementsOf(fullSort);
        assertThat(report.articles()).isEqualTo(10_000);
        assertThat(report.pages()).isEqualTo(104);
        assertThat(store.candidates).hasSize(300);
        assertThat(store.list.computedAt()).isEqualTo(now);
        assertThat(store.list.reconciledAt()).isEqualTo(now);
    }

    @Test
    void theRunStopsAtTheAgeLimitWithoutReadingOlderPages() {
        for (int i = 0; i < 300; i++) {
            publish(Duration.ofDays(8).plusMinutes(i), 1_000);
        }
        long young = publish(Duration.ofDays(6), 0);

        ComputingHotList.Report report = computing.runAlone().orElseThrow();

        assertThat(store.list.ids()).containsExactly(young);
        assertThat(report.pages()).as("the first page already ends past the limit").isEqualTo(1);
        assertThat(articles.countCalls).isEqualTo(1);
    }

    @Test
    void aPageWhoseCountsFailIsAskedAgainAndARunThatCannotGetThemLeavesTheListAsItWas() {
        long hot = publish(Duration.ofHours(1), 50);
        long hotter = publish(Duration.ofHours(1), 500);

        articles.failingCounts = 2;
        computing.runAlone();
        assertThat(store.list.ids()).as("the third attempt answered").containsExactly(hotter, hot);
        HotList before = store.list;

        articles.failingCounts = 3;
        articles.counts.put(hot, new Counts(5_000, 0, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(computing::runAlone).hasMessageContaining("after 3 attempts");
        assertThat(store.list).isEqualTo(before);
    }

    @Test
    void whileAnotherInstanceComputesARunIsSkippedAndATimerPeriodIsComputedOnce() {
        publish(Duration.ofHours(1), 5);
        locks.heldElsewhere.add(ComputingHotList.LOCK);
        assertThat(computing.runAlone()).isEmpty();
        assertThat(articles.pageCalls).isZero();

        locks.heldElsewhere.clear();
        Instant period = Instant.parse("2026-11-30T12:00:00Z");
        assertThat(computing.runForPeriod(period)).isPresent();
        assertThat(computing.runForPeriod(period)).as("another instance's timer, same period").isEmpty();
        assertThat(computing.runForPeriod(period.plus(Duration.ofMinutes(1)))).isPresent();
        assertThat(articles.pageCalls).isEqualTo(2);
    }

    @Test
    void likesBetweenRunsMoveTheListAndBringANewArticleIn() {
        long first = publish(Duration.ofHours(2), 30);
        long second = publish(Duration.ofHours(2), 20);
        computing.runAlone();
        assertThat(store.list.ids()).containsExactly(first, second);

        articles.counts.put(second, new Counts(40, 0, 0));
        long newcomer = publish(Duration.ofMinutes(5), 0);
        articles.counts.put(newcomer, new Counts(100, 0, 0));
        clock.advance(Duration.ofSeconds(5));
        fresh.countsChanged(List.of(second, newcomer, second));

        assertThat(store.list.ids()).containsExactly(newcomer, second, first);
        assertThat(store.list.computedAt()).isEqualTo(clock.instant());
        assertThat(store.list.reconciledAt()).as("still the run's").isBefore(clock.instant());
    }

    @Test
    void candidatesBetweenRunsAreCappedAndTheCoolestGo() {
        for (int i = 0; i < 400; i++) {
            publish(Duration.ofHours(1), 100);
        }
        computing.runAlone();
        assertThat(store.candidates).hasSize(300);
        List<Long> liked = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            liked.add(publish(Duration.ofHours(2), 2));
        }

        fresh.countsChanged(liked);

        assertThat(store.candidates).hasSize(1000);
        assertThat(store.candidates.values()).filteredOn(c -> c.counts().likes() == 100).hasSize(300);
    }

    @Test
    void likesOfAnArticleTooOldOrNotPublishedChangeNothing() {
        long listed = publish(Duration.ofHours(2), 3);
        computing.runAlone();
        long old = publish(Duration.ofDays(9), 1_000);
        int publishedBefore = store.published;

        fresh.countsChanged(List.of(old, 999_999L));

        assertThat(store.list.ids()).containsExactly(listed);
        assertThat(store.candidates).doesNotContainKey(old);
        assertThat(store.published).isEqualTo(publishedBefore);
    }

    @Test
    void aWithdrawnArticleLeavesAndARepublishedOneIsRankedByItsNewAge() {
        long a = publish(Duration.ofDays(3), 100);
        long b = publish(Duration.ofHours(5), 10);
        long c = publish(Duration.ofHours(4), 5);
        computing.runAlone();
        assertThat(store.list.ids()).containsExactly(b, c, a);

        articles.published.remove(b);
        articles.published.put(a, new Article(a, 7, "republished", "x", clock.instant()));
        fresh.articlesChanged(List.of(b, a, 12345L));

        assertThat(store.list.ids()).containsExactly(a, c);
        assertThat(store.list.items().get(0).candidate().article().title()).isEqualTo("republished");
        assertThat(store.candidates).doesNotContainKey(b);
    }

    @Test
    void aRunKeepsWhatLiveUpdatesLearnedWhileItReadAndReportsTheDrift() {
        long a = publish(Duration.ofHours(1), 10);
        long b = publish(Duration.ofHours(1), 5);
        computing.runAlone();

        // a like the live list missed (a lost event): the run finds it
        articles.counts.put(b, new Counts(50, 0, 0));
        clock.advance(Duration.ofSeconds(10));
        ComputingHotList.Report report = computing.runAlone().orElseThrow();
        assertThat(report.drift().largestShift()).isEqualTo(1);
        assertThat(store.list.ids()).containsExactly(b, a);

        // a live update counted after the run read: it wins over the run's older count
        Instant runStart = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        store.putCandidates(List.of(store.candidates.get(a).withCounts(new Counts(80, 0, 0), clock.instant())));
        List<Ranked> runRead = List.of(weights.rank(store.candidates.get(b).withCounts(new Counts(50, 0, 0),
                runStart), runStart), weights.rank(store.candidates.get(a).withCounts(new Counts(10, 0, 0), runStart),
                runStart));
        Drift drift = fresh.replaceAfterRun(runRead, runStart);
        assertThat(store.list.ids()).containsExactly(a, b);
        assertThat(store.candidates.get(a).counts().likes()).isEqualTo(80);
        assertThat(drift.none()).isTrue();
    }

    @Test
    void anArticleWithdrawnWhileTheRunReadIsNotBroughtBack() {
        long a = publish(Duration.ofHours(1), 10);
        long b = publish(Duration.ofHours(1), 5);
        Instant runStart = clock.instant();
        List<Ranked> runRead = new ArrayList<>();
        for (long id : List.of(a, b)) {
            runRead.add(weights.rank(new Candidate(articles.published.get(id), articles.counts.get(id), runStart),
                    runStart));
        }
        runRead.sort(Comparator.comparing(Ranked::score).reversed());
        articles.published.remove(a);

        fresh.replaceAfterRun(runRead, runStart);

        assertThat(store.list.ids()).containsExactly(b);
    }

    @Test
    void newWeightsApplyToTheNextRanking() {
        long liked = publish(Duration.ofHours(1), 10);
        long collected = publish(Duration.ofHours(1), 0);
        articles.counts.put(collected, new Counts(0, 20, 0));
        computing.runAlone();
        assertThat(store.list.ids()).containsExactly(liked, collected);

        weights = new ScoreWeights(1, 1, 0, 1.5, 2);
        computing.runAlone();

        assertThat(store.list.ids()).containsExactly(collected, liked);
    }

    @Test
    void servingAnswersFromMemoryAndItsLastCopyMarkedStaleWhenTheStoreIsDown() {
        publish(Duration.ofHours(1), 10);
        publish(Duration.ofHours(1), 5);
        computing.runAlone();
        boolean[] hearing = {true};
        ServingHotList serving = new ServingHotList(store, () -> hearing[0], clock, Duration.ZERO,
                Duration.ofMinutes(30), 100);
        serving.reload();

        ServingHotList.Part part = serving.part(1, 10);
        assertThat(part.items()).hasSize(1);
        assertThat(part.total()).isEqualTo(2);
        assertThat(part.stale()).isFalse();
        assertThat(part.computedAt()).isEqualTo(store.list.computedAt());

        hearing[0] = false;
        store.down = true;
        ServingHotList.Part down = serving.part(0, 100);
        assertThat(down.items()).hasSize(2);
        assertThat(down.stale()).isTrue();

        store.down = false;
        assertThat(serving.part(0, 100).stale()).as("the store answers again").isFalse();
        clock.advance(Duration.ofMinutes(31));
        assertThat(serving.part(0, 100).stale()).as("the job stopped half an hour ago").isTrue();
        assertThat(serving.part(99, 1).items()).isEmpty();
    }

    @Test
    void anOffsetOrLimitOutsideTheListIsRefused() {
        ServingHotList serving = new ServingHotList(store, () -> true, clock, Duration.ZERO, Duration.ofMinutes(30),
                100);
        for (int[] bad : new int[][] {{-1, 10}, {100, 1}, {0, 0}, {0, 101}}) {
            assertThatThrownBy(() -> serving.part(bad[0], bad[1])).isInstanceOf(RankingRejected.class);
        }
        assertThat(serving.part(0, 100).items()).as("nothing computed yet").isEmpty();
    }
}
