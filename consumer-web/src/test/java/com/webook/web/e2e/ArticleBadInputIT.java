package com.webook.web.e2e;

import static com.webook.web.e2e.Api.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on the article, reading and collection endpoints gets a 4xx envelope and writes nothing:
 * the author's list, the counts and the folders are as they were.
 */
class ArticleBadInputIT extends Scenario {

    private static final String MIB = "a".repeat(1024 * 1024);

    private String token;
    private long published;

    @BeforeAll
    static void startArticleAndInteractiveProviders() {
        Platform.articleProvider();
        Platform.interactiveProvider();
    }

    @BeforeEach
    void anAuthorWithOnePublishedArticle() {
        ArticleJourneyIT.awaitArticleServices(api);
        String email = newEmail();
        signUp(api, email);
        token = logIn(api, email);
        published = api.post("/articles/publish", Map.of("title", "kept", "content", "as it was"), token).data().asLong();
    }

    static Stream<Arguments> badDrafts() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"title\":\"t\",\"content\":", 400, 400001),
                Arguments.of("not an object", "[]", 400, 400001),
                Arguments.of("missing title", "{\"content\":\"c\"}", 400, 400001),
                Arguments.of("missing content", "{\"title\":\"t\"}", 400, 400001),
                Arguments.of("title as a number", "{\"title\":7,\"content\":\"c\"}", 400, 400001),
                Arguments.of("id as text", "{\"id\":\"7\",\"title\":\"t\",\"content\":\"c\"}", 400, 400001),
                Arguments.of("negative id", "{\"id\":-7,\"title\":\"t\",\"content\":\"c\"}", 400, 400001),
                Arguments.of("empty title", "{\"title\":\"\",\"content\":\"c\"}", 400, 402001),
                Arguments.of("title of 257 characters", "{\"title\":\"" + "題".repeat(257) + "\",\"content\":\"c\"}", 400, 402001),
                Arguments.of("content over 1 MiB", "{\"title\":\"t\",\"content\":\"" + MIB + "x\"}", 400, 402001),
                Arguments.of("body over the limit", "{\"title\":\"t\",\"content\":\"" + MIB.repeat(5) + "\"}", 413, 400003),
                Arguments.of("an article that does not exist", "{\"id\":" + Long.MAX_VALUE + ",\"title\":\"t\",\"content\":\"c\"}",
                        404, 402002));
    }

    @ParameterizedTest(name = "edit and publish: {0}")
    @MethodSource("badDrafts")
    void badDraftsAreRefusedAndWriteNothing(String name, String body, int status, int code) {
        for (String path : new String[]{"/articles/edit", "/articles/publish"}) {
            Answer answer = api.postRaw(path, body, "application/json", token);

            assertEnvelope(answer, status, code);
            assertThat(api.post("/articles/list", Map.of("offset", 0, "limit", 100), token).data())
                    .as("the author's articles after %s", path).hasSize(1);
        }
    }

    @Test
    void contentOfExactly1MiBWithSqlMetacharactersIsStoredAsGiven() {
        String prefix = "'; DROP TABLE articles; -- \\\" <script>alert(1)</script> 😀";
        String content = prefix + MIB.substring(prefix.getBytes(StandardCharsets.UTF_8).length);
        assertThat(content.getBytes(StandardCharsets.UTF_8)).hasSize(1024 * 1024);

        Answer saved = api.post("/articles/edit", Map.of("title", "Ünïcødé 标题 🚀", "content", content), token);

        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        Answer detail = api.get("/articles/detail/" + saved.data().asLong(), token);
        assertThat(detail.data().path("content").asText()).isEqualTo(content);
        assertThat(detail.data().path("title").asText()).isEqualTo("Ünïcødé 标题 🚀");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("list without limit", "/articles/list", "{\"offset\":0}"),
                Arguments.of("list of 0", "/articles/list", "{\"offset\":0,\"limit\":0}"),
                Arguments.of("list of 101", "/articles/list", "{\"offset\":0,\"limit\":101}"),
                Arguments.of("list from -1", "/articles/list", "{\"offset\":-1,\"limit\":10}"),
                Arguments.of("withdraw without id", "/articles/withdraw", "{}"),
                Arguments.of("withdraw id 0", "/articles/withdraw", "{\"id\":0}"),
                Arguments.of("like without flag", "/articles/pub/like", "{\"id\":{id}}"),
                Arguments.of("like flag as text", "/articles/pub/like", "{\"id\":{id},\"like\":\"yes\"}"),
                Arguments.of("like id as text", "/articles/pub/like", "{\"id\":\"{id}\",\"like\":true}"),
                Arguments.of("collect without folder", "/articles/pub/collect", "{\"id\":{id}}"),
                Arguments.of("collect into folder 0", "/articles/pub/collect", "{\"id\":{id},\"cid\":0}"),
                Arguments.of("uncollect id -1", "/articles/pub/uncollect", "{\"id\":-1}"),
                Arguments.of("folder without name", "/collections", "{}"),
                Arguments.of("folder named by a number", "/collections", "{\"name\":5}"),
                Arguments.of("folder with an empty name", "/collections", "{\"name\":\"\"}"),
                Arguments.of("folder name of 65 characters", "/collections", "{\"name\":\"" + "文".repeat(65) + "\"}"),
                Arguments.of("SQL in a folder name, malformed", "/collections", "{\"name\":\"x'); DROP TABLE collections; --"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestsAreRefusedAndChangeNothing(String name, String path, String body) {
        Answer answer = api.postRaw(path, body.replace("{id}", Long.toString(published)), "application/json", token);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.code()).isIn(400001, 402001, 403001);
        assertThat(answer.data().isNull()).isTrue();
        Answer read = api.get("/articles/pub/" + published, token);
        assertThat(read.status()).as("still published").isEqualTo(200);
        assertThat(read.data().path("counts").path("like").asLong()).isZero();
        assertThat(read.data().path("counts").path("collect").asLong()).isZero();
        assertThat(api.get("/collections", token).data()).isEmpty();
    }

    @Test
    void badPathsAndMethodsAreRefused() {
        assertEnvelope(api.get("/articles/pub/abc", token), 400, 400001);
        assertEnvelope(api.get("/articles/pub/0", token), 400, 400001);
        assertEnvelope(api.get("/articles/detail/-1", token), 400, 400001);
        assertEnvelope(api.get("/articles/pub/99999999999999999999", token), 400, 400001);
        assertEnvelope(api.put("/collections/0", Map.of("name", "x"), token), 400, 400001);
        assertEnvelope(api.delete("/collections/" + Long.MAX_VALUE, token), 404, 403002);
        assertEnvelope(api.post("/articles/pub/like", Map.of("id", Long.MAX_VALUE, "like", true), token), 404, 402002);
        assertEnvelope(api.get("/articles/publish", token), 405, 400005);
    }
}
