package com.webook.job.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RoutesTest {

    static final List<String> INSTANCES = List.of("http://10.0.0.3:9999/", "http://10.0.0.1:9999/",
            "http://10.0.0.2:9999/");
    static final List<String> SORTED = INSTANCES.stream().sorted().toList();

    final Routes routes = new Routes(new Random(7));

    @Test
    void firstAndLastFollowTheAddressOrder() {
        assertThat(routes.order(Routing.FIRST, 1, INSTANCES).get(0)).isEqualTo(SORTED.get(0));
        assertThat(routes.order(Routing.LAST, 1, INSTANCES).get(0)).isEqualTo(SORTED.get(2));
        assertThat(routes.order(Routing.FAILOVER, 1, INSTANCES)).containsExactlyElementsOf(SORTED);
    }

    @Test
    void roundRobinVisitsEveryInstanceInTurn() {
        Map<String, Integer> firsts = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            firsts.merge(routes.order(Routing.ROUND_ROBIN, 1, INSTANCES).get(0), 1, Integer::sum);
        }
        assertThat(firsts).containsOnlyKeys(SORTED).allSatisfy((address, count) -> assertThat(count).isEqualTo(10));
    }

    @Test
    void consistentHashKeepsAJobOnItsInstanceAndMovesFewJobsWhenOneLeaves() {
        int moved = 0;
        for (long job = 1; job <= 300; job++) {
            String before = routes.order(Routing.CONSISTENT_HASH, job, INSTANCES).get(0);
            assertThat(routes.order(Routing.CONSISTENT_HASH, job, INSTANCES).get(0)).isEqualTo(before);
            List<String> fewer = SORTED.subList(0, 2);
            String after = routes.order(Routing.CONSISTENT_HASH, job, fewer).get(0);
            if (!before.equals(after)) {
                moved++;
                assertThat(before).isEqualTo(SORTED.get(2));
            }
        }
        // only the jobs of the instance that left move: about a third
        assertThat(moved).isBetween(60, 140);
    }

    @Test
    void leastFrequentlyUsedPicksTheInstanceThatGotFewestRuns() {
        routes.used(1, SORTED.get(0));
        routes.used(1, SORTED.get(0));
        routes.used(1, SORTED.get(1));

        assertThat(routes.order(Routing.LEAST_FREQUENTLY_USED, 1, INSTANCES).get(0)).isEqualTo(SORTED.get(2));
    }

    @Test
    void leastRecentlyUsedPicksTheInstanceUnusedLongest() {
        routes.used(1, SORTED.get(2));
        routes.used(1, SORTED.get(0));
        routes.used(1, SORTED.get(1));

        assertThat(routes.order(Routing.LEAST_RECENTLY_USED, 1, INSTANCES).get(0)).isEqualTo(SORTED.get(2));
        routes.used(1, SORTED.get(2));
        assertThat(routes.order(Routing.LEAST_RECENTLY_USED, 1, INSTANCES).get(0)).isEqualTo(SORTED.get(0));
    }

    @Test
    void randomSpreadsOverEveryInstance() {
        Map<String, Integer> firsts = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            firsts.merge(routes.order(Routing.RANDOM, 1, INSTANCES).get(0), 1, Integer::sum);
        }
        assertThat(firsts).containsOnlyKeys(SORTED).allSatisfy((address, count) -> assertThat(count).isGreaterThan(60));
    }

    @Test
    void noInstancesNoOrder() {
        assertThat(routes.order(Routing.ROUND_ROBIN, 1, List.of())).isEmpty();
    }
}
