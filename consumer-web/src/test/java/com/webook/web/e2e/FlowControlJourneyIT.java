package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.alibaba.csp.sentinel.node.ClusterNode;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.CircuitBreaker;
import com.alibaba.csp.sentinel.slots.block.degrade.circuitbreaker.EventObserverRegistry;
import com.alibaba.csp.sentinel.slots.clusterbuilder.ClusterBuilderSlot;
import com.webook.governance.sentinel.EtcdRuleSource;
import com.webook.governance.sentinel.RuleType;
import com.webook.governance.testkit.TestEtcd;
import com.webook.governance.testkit.TestRun;
import com.webook.web.e2e.Api.Answer;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flow control and degradation through consumer-web, with rules written in etcd as an operator (or the
 * governance console) writes them: a QPS limit on an endpoint answers the excess 429 with the envelope,
 * and with a breaker opened on purpose the reader view comes without counts and the hot list from its copy,
 * instead of errors.
 */
class FlowControlJourneyIT extends Scenario {

    private static final String APP = "webook-consumer-web";
    private static final String COUNTS = "dubbo:consumer:com.webook.api.interactive.v1.InteractiveService:get(java.lang.String,long,long)";
    private static final String HOT = "dubbo:consumer:com.webook.api.ranking.v1.RankingService:hot(int,int)";
    /** Opens on the first call slower than 0 ms within a second, and stays open 30 s: a breaker opened on purpose. */
    private static final String OPEN_ON_FIRST_CALL = "\"grade\":0,\"count\":0,\"slowRatioThreshold\":0.0,"
            + "\"minRequestAmount\":1,\"statIntervalMs\":1000,\"timeWindow\":30";

    private final Client operator = TestEtcd.asOperator();

    @BeforeAll
    static void startTheProvidersTheReaderNeeds() {
        Platform.articleProvider();
        Platform.interactiveProvider();
        Platform.rankingProvider();
    }

    @BeforeEach
    void servicesAreDiscovered() {
        ArticleJourneyIT.awaitArticleServices(api);
    }

    @AfterEach
    void clearRules() throws Exception {
        put(RuleType.FLOW, "[]");
        put(RuleType.DEGRADE, "[]");
        await().atMost(Duration.ofSeconds(2)).until(() -> RuleType.FLOW.loaded().isEmpty() && RuleType.DEGRADE.loaded().isEmpty());
        operator.close();
    }

    @Test
    void aQpsFiveRuleOnAnEndpointAnswersTheExcessOfFiftyPerSecondWith429() throws Exception {
        put(RuleType.FLOW, "[{\"id\":1,\"resource\":\"GET:/ping\",\"grade\":1,\"count\":5}]");
        await().atMost(Duration.ofSeconds(2)).until(() -> RuleType.FLOW.loaded().size() == 1);

        List<Answer> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) { // 50 a second for 2 s
            long due = start + i * 20_000_000L;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            answers.add(api.get("/ping", null));
        }

        long passed = answers.stream().filter(a -> a.status() == 200).count();
        List<Answer> refused = answers.stream().filter(a -> a.status() != 200).toList();
        System.out.printf("QPS-5 rule on GET:/ping under 50 requests/s for 2 s: %d passed, %d refused%n", passed, refused.size());
        assertThat(passed).isBetween(8L, 16L);
        assertThat(refused).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.code()).isEqualTo(400101);
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            assertThat(answer.header("Content-Type")).startsWith("application/json");
        });
    }

    @Test
    void withTheCountsBreakerOpenTheReaderViewComesWithoutCountsAndMakesNoCall() throws Exception {
        String author = userNamed("Ada");
        long article = api.post("/articles/publish", Map.of("title", "断路器", "content", "open on purpose"), author)
                .data().asLong();
        assertThat(api.get("/articles/pub/" + article, null).data().path("degraded").asBoolean()).isFalse();

        AtomicBoolean open = observeOpening(COUNTS);
        put(RuleType.DEGRADE, "[{\"id\":2,\"resource\":\"" + COUNTS + "\"," + OPEN_ON_FIRST_CALL + "}]");
        await("the breaker opens").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/articles/pub/" + article, null) != null && open.get());
        long blockedBefore = blocked(COUNTS);

        // The counts this instance keeps a second or two are shown while they last; then none are fetched.
        await("the view comes without counts").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Answer view = api.get("/articles/pub/" + article, null);
                    assertThat(view.status()).isEqualTo(200);
                    assertThat(view.data().path("title").asText()).isEqualTo("断路器");
                    assertThat(view.data().path("degraded").asBoolean()).isTrue();
                });
        await().atMost(Duration.ofSeconds(3)).until(() -> api.get("/articles/pub/" + article, null) != null
                && blocked(COUNTS) > blockedBefore);
    }

    @Test
    void withTheRankingBreakerOpenTheHotListIsServedFromItsCopyMarkedStale() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/ranking/hot", null).status() == 200);
        assertThat(api.get("/ranking/hot", null).data().path("stale").asBoolean()).isFalse();

        AtomicBoolean open = observeOpening(HOT);
        put(RuleType.DEGRADE, "[{\"id\":3,\"resource\":\"" + HOT + "\"," + OPEN_ON_FIRST_CALL + "}]");
        await("the breaker opens").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/ranking/hot", null) != null && open.get());

        await("the copy is served, marked stale").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Answer list = api.get("/ranking/hot", null);
                    assertThat(list.status()).isEqualTo(200);
                    assertThat(list.data().path("stale").asBoolean()).isTrue();
                    assertThat(list.data().path("computedAt").asText()).isNotBlank();
                });
    }

    private static AtomicBoolean observeOpening(String resource) {
        AtomicBoolean open = new AtomicBoolean();
        EventObserverRegistry.getInstance().addStateChangeObserver("test-" + resource, (from, to, rule, value) -> {
            if (rule.getResource().equals(resource) && to == CircuitBreaker.State.OPEN) {
                open.set(true);
            }
        });
        return open;
    }

    /** Calls of {@code resource} that Sentinel refused in this consumer-web since it started. */
    private static long blocked(String resource) {
        ClusterNode node = ClusterBuilderSlot.getClusterNode(resource);
        return node == null ? 0 : node.blockRequest();
    }

    private void put(RuleType type, String json) throws Exception {
        operator.getKVClient().put(ByteSequence.from(EtcdRuleSource.key(TestRun.etcdNamespace(), APP, type),
                StandardCharsets.UTF_8), ByteSequence.from(json, StandardCharsets.UTF_8)).get();
    }
}
