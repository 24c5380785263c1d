package com.webook.web.e2e;

import static com.webook.web.e2e.Api.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hot list through consumer-web, with the article, interactive and ranking providers as processes of
 * their own and likes travelling through the real Kafka: readers' likes bring articles onto the list within
 * seconds (no run of the job needed), anyone may read it, and a withdrawn article leaves it within 2 s.
 */
class HotListJourneyIT extends Scenario {

    @BeforeAll
    static void startTheProvidersTheHotListNeeds() {
        Platform.articleProvider();
        Platform.interactiveProvider();
        Platform.rankingProvider();
    }

    @BeforeEach
    void servicesAreDiscovered() {
        ArticleJourneyIT.awaitArticleServices(api);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/ranking/hot", null).status() == 200);
    }

    @Test
    void likesBringArticlesOnTheListAndAWithdrawnOneLeavesWithinTwoSeconds() {
        String ada = userNamed("Ada");
        List<String> readers = List.of(userNamed("Bob"), userNamed("Cy"), userNamed("Di"));
        long engines = api.post("/articles/publish", Map.of("title", "热门 engines", "content", "x".repeat(300)), ada)
                .data().asLong();
        long looms = api.post("/articles/publish", Map.of("title", "Looms", "content", "on looms"), ada).data().asLong();
        for (String reader : readers) {
            assertThat(api.post("/articles/pub/like", Map.of("id", engines, "like", true), reader).status()).isEqualTo(200);
        }
        api.post("/articles/pub/like", Map.of("id", looms, "like", true), readers.get(0));
        api.post("/articles/pub/like", Map.of("id", looms, "like", true), readers.get(1));

        long liked = System.nanoTime();
        await("likes reach the hot list").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    JsonNode items = api.get("/ranking/hot?offset=0&limit=100", null).data().path("items");
                    assertThat(find(items, engines).path("likeCount").asLong()).isEqualTo(3);
                    assertThat(find(items, looms).path("likeCount").asLong()).isEqualTo(2);
                });
        System.out.printf("the likes showed on /ranking/hot %d ms after the last one%n",
                (System.nanoTime() - liked) / 1_000_000);
        List<Long> ids = hotIds();
        assertThat(ids.indexOf(engines)).isLessThan(ids.indexOf(looms));
        Answer page = api.get("/ranking/hot?offset=0&limit=100", null);
        JsonNode item = find(page.data().path("items"), engines);
        assertThat(item.path("title").asText()).isEqualTo("热门 engines");
        assertThat(item.path("abstractText").asText()).hasSize(128);
        assertThat(item.has("content")).isFalse();
        assertThat(page.data().path("computedAt").asText()).isNotBlank();
        assertThat(page.data().path("stale").asBoolean()).isFalse();
        assertThat(api.get("/ranking/hot?offset=0&limit=1", null).data().path("items")).hasSize(1);

        assertThat(api.post("/articles/withdraw", Map.of("id", engines), ada).status()).isEqualTo(200);
        long withdrawn = System.nanoTime();
        await("the withdrawn article leaves").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> !hotIds().contains(engines));
        System.out.printf("a withdrawn article left /ranking/hot %d ms after the withdrawal%n",
                (System.nanoTime() - withdrawn) / 1_000_000);
        assertThat(hotIds()).contains(looms);
    }

    @Test
    void aPageOutsideTheListIsA400WithTheEnvelope() {
        assertEnvelope(api.get("/ranking/hot?offset=100", null), 400, 400001);
        assertEnvelope(api.get("/ranking/hot?limit=0", null), 400, 400001);
        assertEnvelope(api.get("/ranking/hot?limit=101", null), 400, 400001);
        assertEnvelope(api.get("/ranking/hot?offset=-1", null), 400, 400001);
        assertEnvelope(api.get("/ranking/hot?limit=ten", null), 400, 400001);
    }

    private List<Long> hotIds() {
        Answer answer = api.get("/ranking/hot?offset=0&limit=100", null);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        answer.data().path("items").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode items, long id) {
        for (JsonNode item : items) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("article " + id + " not on the list");
    }

}
