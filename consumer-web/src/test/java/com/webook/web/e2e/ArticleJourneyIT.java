package com.webook.web.e2e;

import static com.webook.web.e2e.Api.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writing and reading through consumer-web, with the article and interactive providers running as
 * processes of their own, found through etcd, and read events travelling through the real Kafka:
 * an author writes, publishes, edits and withdraws; a reader reads (the count rises), likes,
 * collects into a folder; nobody may touch another author's article.
 */
class ArticleJourneyIT extends Scenario {

    @BeforeAll
    static void startArticleAndInteractiveProviders() {
        Platform.articleProvider();
        Platform.interactiveProvider();
    }

    @BeforeEach
    void articleAndInteractiveServicesAreDiscovered() {
        awaitArticleServices(api);
    }

    @Test
    void anAuthorPublishesAReaderReadsLikesAndCollectsThenTheAuthorWithdraws() {
        String ada = userNamed("Ada");
        String bob = userNamed("Bob");

        // Ada writes a draft: she sees it, readers do not.
        Answer saved = api.post("/articles/edit", Map.of("title", "On engines", "content", "# Notes\n\nfirst draft"), ada);
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        long id = saved.data().asLong();
        assertThat(id).isPositive();
        JsonNode draft = api.get("/articles/detail/" + id, ada).data();
        assertThat(draft.path("status").asText()).isEqualTo("unpublished");
        assertThat(draft.path("content").asText()).isEqualTo("# Notes\n\nfirst draft");
        assertEnvelope(api.get("/articles/pub/" + id, bob), 404, 402002);

        // She publishes it; Bob reads it, with the counts and his own flags beside it.
        Answer published = api.post("/articles/publish",
                Map.of("id", id, "title", "On the Analytical Engine", "content", "# Notes\n\nNote G"), ada);
        assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
        assertThat(published.data().asLong()).isEqualTo(id);
        JsonNode read = api.get("/articles/pub/" + id, bob).data();
        assertThat(read.path("title").asText()).isEqualTo("On the Analytical Engine");
        assertThat(read.path("content").asText()).isEqualTo("# Notes\n\nNote G");
        assertThat(read.path("author").path("name").asText()).isEqualTo("Ada");
        assertThat(read.path("degraded").asBoolean()).isFalse();
        assertThat(read.path("counts").path("liked").asBoolean()).isFalse();

        // Reads travel through Kafka in batches; the count catches up within seconds.
        api.get("/articles/pub/" + id, null);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(counts(id, bob).path("read").asLong()).isGreaterThanOrEqualTo(2));

        // Bob likes it, twice: one like. He takes it back.
        assertThat(api.post("/articles/pub/like", Map.of("id", id, "like", true), bob).status()).isEqualTo(200);
        assertThat(api.post("/articles/pub/like", Map.of("id", id, "like", true), bob).status()).isEqualTo(200);
        assertThat(counts(id, bob).path("like").asLong()).isEqualTo(1);
        assertThat(counts(id, bob).path("liked").asBoolean()).isTrue();
        assertThat(counts(id, ada).path("liked").asBoolean()).isFalse();
        api.post("/articles/pub/like", Map.of("id", id, "like", false), bob);
        assertThat(counts(id, bob).path("like").asLong()).isZero();

        // He collects it into a folder of his, renames the folder, takes the article out again.
        Answer folder = api.post("/collections", Map.of("name", "读 later"), bob);
        assertThat(folder.status()).as(folder.raw().body()).isEqualTo(200);
        long cid = folder.data().path("id").asLong();
        assertThat(api.post("/articles/pub/collect", Map.of("id", id, "cid", cid), bob).status()).isEqualTo(200);
        assertThat(counts(id, bob).path("collect").asLong()).isEqualTo(1);
        assertThat(counts(id, bob).path("collected").asBoolean()).isTrue();
        assertThat(api.put("/collections/" + cid, Map.of("name", "Engines"), bob).data().path("name").asText())
                .isEqualTo("Engines");
        JsonNode folders = api.get("/collections", bob).data();
        assertThat(folders).hasSize(1);
        assertThat(folders.get(0).path("itemCount").asLong()).isEqualTo(1);
        assertEnvelope(api.post("/articles/pub/collect", Map.of("id", id, "cid", cid), ada), 404, 403002);
        assertThat(api.post("/articles/pub/uncollect", Map.of("id", id), bob).status()).isEqualTo(200);
        assertThat(counts(id, bob).path("collect").asLong()).isZero();
        assertThat(api.delete("/collections/" + cid, bob).status()).isEqualTo(200);
        assertThat(api.get("/collections", bob).data()).isEmpty();

        // Ada edits and republishes: readers see the new version at once.
        api.post("/articles/publish", Map.of("id", id, "title", "Sketch of the Analytical Engine", "content", "v2"), ada);
        assertThat(api.get("/articles/pub/" + id, bob).data().path("title").asText())
                .isEqualTo("Sketch of the Analytical Engine");

        // She withdraws it: readers get a clear "not found", she still sees it as private.
        assertThat(api.post("/articles/withdraw", Map.of("id", id), ada).status()).isEqualTo(200);
        Answer gone = api.get("/articles/pub/" + id, bob);
        assertEnvelope(gone, 404, 402002);
        assertThat(gone.msg()).isNotBlank();
        assertThat(api.get("/articles/detail/" + id, ada).data().path("status").asText()).isEqualTo("private");
        // Nobody likes or collects it any more; taking a like back still works.
        assertEnvelope(api.post("/articles/pub/like", Map.of("id", id, "like", true), bob), 404, 402002);
        long later = api.post("/collections", Map.of("name", "later"), bob).data().path("id").asLong();
        assertEnvelope(api.post("/articles/pub/collect", Map.of("id", id, "cid", later), bob), 404, 402002);
        assertThat(api.get("/collections", bob).data().get(0).path("itemCount").asLong()).isZero();
        assertThat(api.post("/articles/pub/like", Map.of("id", id, "like", false), bob).status()).isEqualTo(200);
        JsonNode list = api.post("/articles/list", Map.of("offset", 0, "limit", 10), ada).data();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("status").asText()).isEqualTo("private");
        assertThat(list.get(0).has("content")).isFalse();
    }

    /**
     * Each consumer-web keeps copies of published articles, counts and readers' marks near its readers. What
     * is changed through one instance reaches the readers of another within a second: a reader's like, and a
     * withdrawal, which every instance then refuses.
     */
    @Test
    void whatChangesThroughOneInstanceReachesTheReadersOfAnotherWithinASecond() {
        Api other = new Api(Platform.secondConsumerWeb().baseUrl());
        awaitArticleServices(other);
        String ada = userNamed("Ada");
        String bob = userNamed("Bob");
        long id = api.post("/articles/publish", Map.of("title", "Kept near", "content", "text"), ada).data().asLong();
        assertThat(api.get("/articles/pub/" + id, bob).data().path("counts").path("liked").asBoolean()).isFalse();
        assertThat(other.get("/articles/pub/" + id, bob).data().path("title").asText()).isEqualTo("Kept near");

        assertThat(other.post("/articles/pub/like", Map.of("id", id, "like", true), bob).status()).isEqualTo(200);

        await("the like, seen through the first instance").atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> api.get("/articles/pub/" + id, bob).data().path("counts").path("liked").asBoolean());

        assertThat(api.post("/articles/withdraw", Map.of("id", id), ada).status()).isEqualTo(200);

        assertEnvelope(api.get("/articles/pub/" + id, bob), 404, 402002);
        await("the withdrawal, seen through the other instance").atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20)).until(() -> other.get("/articles/pub/" + id, null).status() == 404);
    }

    @Test
    void nobodyChangesOrOpensAnotherAuthorsArticle() {
        String ada = userNamed("Ada");
        String mallory = userNamed("Mallory");
        long id = api.post("/articles/publish", Map.of("title", "Ada's", "content", "mine"), ada).data().asLong();

        assertEnvelope(api.post("/articles/edit", Map.of("id", id, "title", "pwned", "content", "x"), mallory), 403, 402003);
        assertEnvelope(api.post("/articles/publish", Map.of("id", id, "title", "pwned", "content", "x"), mallory), 403, 402003);
        assertEnvelope(api.post("/articles/withdraw", Map.of("id", id), mallory), 403, 402003);
        assertEnvelope(api.get("/articles/detail/" + id, mallory), 403, 402003);

        JsonNode stillAdas = api.get("/articles/pub/" + id, mallory).data();
        assertThat(stillAdas.path("title").asText()).isEqualTo("Ada's");
        assertThat(api.get("/articles/detail/" + id, ada).data().path("status").asText()).isEqualTo("published");
        assertThat(api.post("/articles/list", Map.of("offset", 0, "limit", 10), mallory).data()).isEmpty();
    }

    /**
     * What was found: 100 anonymous views of an article counted 101 reads. A reader (the user, or an anonymous
     * reader's address and browser) counts once per article and 10 minutes, however often they reload.
     */
    @Test
    void aReaderCountsOnceWhateverTheyReload() {
        String ada = userNamed("Ada");
        String bob = userNamed("Bob");
        long id = api.post("/articles/publish", Map.of("title", "Read me once", "content", "hello"), ada).data().asLong();
        Api anonymous = api.from("198.19.5.1");
        Api another = api.from("198.19.5.2");

        for (int i = 0; i < 20; i++) {
            assertThat(anonymous.get("/articles/pub/" + id, null).status()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            another.get("/articles/pub/" + id, null);
            api.get("/articles/pub/" + id, bob);
        }
        // A last new reader: once it is counted, everything before it on the article's partition is too.
        api.from("198.19.5.3").get("/articles/pub/" + id, null);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(counts(id, ada).path("read").asLong()).isGreaterThanOrEqualTo(4));
        assertThat(counts(id, ada).path("read").asLong()).as("two browsers, Bob, one more browser, and Ada now")
                .isBetween(4L, 5L);
    }

    @Test
    void anyoneMayReadButOnlyLoggedInUsersInteract() {
        String ada = userNamed("Ada");
        long id = api.post("/articles/publish", Map.of("title", "Open to all", "content", "hello"), ada).data().asLong();

        Answer anonymous = api.get("/articles/pub/" + id, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.data().path("counts").path("liked").asBoolean()).isFalse();
        assertThat(api.get("/articles/pub/" + id, "not-a-jwt").status()).as("a bad token reads as anonymous").isEqualTo(200);

        for (String path : new String[]{"/articles/edit", "/articles/publish", "/articles/withdraw", "/articles/list",
                "/articles/pub/like", "/articles/pub/collect", "/articles/pub/uncollect", "/collections"}) {
            assertEnvelope(api.post(path, Map.of("id", id), null), 401, 400002);
        }
        assertEnvelope(api.get("/articles/detail/" + id, null), 401, 400002);
        assertEnvelope(api.get("/collections", null), 401, 400002);
    }

    /** A new account with this nickname; answers its access token. */

    private JsonNode counts(long id, String token) {
        Answer answer = api.get("/articles/pub/" + id, token);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.data().path("counts");
    }

    /** Waits until this consumer-web reaches both providers: a missing article is 404, a folder list 200. */
    static void awaitArticleServices(Api api) {
        String email = newEmail();
        signUp(api, email);
        String token = logIn(api, email);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                api.get("/articles/pub/" + Long.MAX_VALUE, null).status() == 404
                        && api.get("/collections", token).status() == 200);
    }
}
