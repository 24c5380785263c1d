package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The account journey through consumer-web over HTTP, with the user provider running as its own
 * process and found through etcd: sign up, log in, see and edit the profile, refresh, log out, and
 * the old tokens are refused everywhere.
 */
class AccountJourneyIT extends Scenario {

    /** As application-it.yml sets them. */
    private static final Duration REFRESH_GRACE = Duration.ofSeconds(2);
    private static final int MAX_SESSIONS = 5;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aNewUserSignsUpLogsInEditsTheProfileRefreshesAndLogsOut() {
        String email = newEmail();

        // Ada signs up.
        Answer signedUp = signUp(api, email);
        assertThat(signedUp.status()).isEqualTo(200);
        assertThat(signedUp.code()).isZero();
        assertThat(signedUp.data().path("email").asText()).isEqualTo(email);

        // She logs in and gets two tokens in the headers.
        Answer login = api.post("/users/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        String access = login.header("x-jwt-token");
        String refresh = login.header("x-refresh-token");
        assertThat(access).isNotBlank();
        assertThat(refresh).isNotBlank().isNotEqualTo(access);

        // Her profile is hers.
        Answer profile = api.get("/users/profile", access);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.data().path("email").asText()).isEqualTo(email);
        long id = profile.data().path("id").asLong();

        // She edits it, in her own script.
        Answer edited = api.post("/users/edit",
                Map.of("nickname", "Ада Лавлейс 🚀", "birthday", "1995-12-10", "aboutMe", "first programmer"), access);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(api.get("/users/profile", access).data().path("nickname").asText()).isEqualTo("Ада Лавлейс 🚀");
        assertThat(api.get("/users/profile", access).data().path("birthday").asText()).isEqualTo("1995-12-10");

        // The refresh token buys a new pair for the same session, and works only for that.
        Answer refreshed = api.post("/users/refresh_token", Map.of(), refresh);
        assertThat(refreshed.status()).isEqualTo(200);
        String newAccess = refreshed.header("x-jwt-token");
        String newRefresh = refreshed.header("x-refresh-token");
        assertThat(newAccess).isNotBlank().isNotEqualTo(access);
        assertThat(newRefresh).isNotBlank().isNotEqualTo(refresh);
        assertThat(api.get("/users/profile", newAccess).data().path("id").asLong()).isEqualTo(id);
        assertThat(api.get("/users/profile", refresh).status()).as("refresh token used as access token").isEqualTo(401);
        assertThat(api.post("/users/refresh_token", Map.of(), access).status())
                .as("access token used as refresh token").isEqualTo(401);

        // She logs out: every token of the session is refused from now on.
        assertThat(api.post("/users/logout", Map.of(), newAccess).status()).isEqualTo(200);
        Answer afterLogout = api.get("/users/profile", newAccess);
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.code()).isEqualTo(400002);
        assertThat(api.get("/users/profile", access).status()).isEqualTo(401);
        assertThat(api.post("/users/refresh_token", Map.of(), newRefresh).status()).isEqualTo(401);

        // Logging in again opens a new session.
        assertThat(api.post("/users/login", Map.of("email", email, "password", PASSWORD), null).status()).isEqualTo(200);
    }

    @Test
    void aSessionStartedOnOneInstanceIsAcceptedAndEndedOnAnother() {
        Api other = new Api(Platform.secondConsumerWeb().baseUrl());
        awaitProvider(other);
        String email = newEmail();
        signUp(api, email);
        Answer login = api.post("/users/login", Map.of("email", email, "password", PASSWORD), null);
        String access = login.header("x-jwt-token");
        String refresh = login.header("x-refresh-token");

        assertThat(other.get("/users/profile", access).status()).isEqualTo(200);

        assertThat(other.post("/users/logout", Map.of(), access).status()).isEqualTo(200);

        // Each instance checks tokens itself and hears of ended sessions on a stream: within a second.
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> api.get("/users/profile", access).status() == 401);
        assertThat(api.post("/users/refresh_token", Map.of(), refresh).status()).isEqualTo(401);
    }

    /**
     * What was found: refresh tokens never rotated, so a stolen one worked for 7 days unnoticed. Now each
     * use spends it; presenting a spent one again (here: after the grace for concurrent tabs) means two
     * holders, and the session ends for both.
     */
    @Test
    void aRefreshTokenWorksOnceAndPresentingItAgainEndsTheSession() throws Exception {
        String email = newEmail();
        signUp(api, email);
        Answer login = api.post("/users/login", Map.of("email", email, "password", PASSWORD), null);
        String stolen = login.header("x-refresh-token");

        Answer ownerRefreshed = api.post("/users/refresh_token", Map.of(), stolen);
        assertThat(ownerRefreshed.status()).isEqualTo(200);
        String ownerAccess = ownerRefreshed.header("x-jwt-token");
        String ownerRefresh = ownerRefreshed.header("x-refresh-token");
        assertThat(api.get("/users/profile", ownerAccess).status()).isEqualTo(200);

        Thread.sleep(REFRESH_GRACE.toMillis() + 200);
        Answer thief = api.post("/users/refresh_token", Map.of(), stolen);

        assertThat(thief.status()).isEqualTo(401);
        assertThat(thief.msg()).contains("already used");
        assertThat(api.get("/users/profile", ownerAccess).status()).as("the session is ended").isEqualTo(401);
        assertThat(api.post("/users/refresh_token", Map.of(), ownerRefresh).status()).isEqualTo(401);
    }

    @Test
    void twoTabsRefreshingAtOnceKeepTheSession() {
        String email = newEmail();
        signUp(api, email);
        String refresh = api.post("/users/login", Map.of("email", email, "password", PASSWORD), null)
                .header("x-refresh-token");

        Answer first = api.post("/users/refresh_token", Map.of(), refresh);
        Answer second = api.post("/users/refresh_token", Map.of(), refresh);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(401);
        assertThat(api.get("/users/profile", first.header("x-jwt-token")).status()).isEqualTo(200);
        assertThat(api.post("/users/refresh_token", Map.of(), first.header("x-refresh-token")).status()).isEqualTo(200);
    }

    /**
     * What was found: 105 refreshes logged the user out of their other devices, and the session's Redis
     * set kept growing. Refreshing touches only its own session; logins beyond the limit end the least
     * recently used session, so a user's sessions stay bounded.
     */
    @Test
    void refreshingNeverEndsAnotherDeviceAndSessionsStayBounded() {
        String email = newEmail();
        long id = signUp(api, email).data().path("id").asLong();
        String laptop = logIn(api, email);
        String phoneRefresh = api.post("/users/login", Map.of("email", email, "password", PASSWORD), null)
                .header("x-refresh-token");

        for (int i = 0; i < 30; i++) {
            Answer refreshed = api.post("/users/refresh_token", Map.of(), phoneRefresh);
            assertThat(refreshed.status()).as("refresh %d", i).isEqualTo(200);
            phoneRefresh = refreshed.header("x-refresh-token");
        }
        assertThat(api.get("/users/profile", laptop).status()).as("the laptop after 30 refreshes").isEqualTo(200);

        for (int i = 0; i < MAX_SESSIONS; i++) {
            logIn(api, email);
        }
        assertThat(redis.opsForZSet().size("user:sessions:{" + id + "}")).isEqualTo(MAX_SESSIONS);
        assertThat(api.get("/users/profile", laptop).status()).as("the least recently used session").isEqualTo(401);
    }

    /** What was found: Redis keys held live bearer tokens, so anyone who could read Redis held every session. */
    @Test
    void redisHoldsSessionsButNeverATokenInAKeyOrAValue() {
        String email = newEmail();
        long id = signUp(api, email).data().path("id").asLong();
        Answer login = api.post("/users/login", Map.of("email", email, "password", PASSWORD), null);
        String access = login.header("x-jwt-token");
        String refresh = login.header("x-refresh-token");
        String refreshed = api.post("/users/refresh_token", Map.of(), refresh).header("x-refresh-token");

        for (String key : redis.keys("user:*{" + id + "}*")) {
            assertThat(key).doesNotContain(signature(access)).doesNotContain(signature(refresh))
                    .doesNotContain(signature(refreshed));
            String values = "hash".equals(redis.type(key).code()) ? redis.opsForHash().values(key).toString()
                    : redis.opsForZSet().range(key, 0, -1).toString();
            assertThat(values).doesNotContain(signature(access)).doesNotContain(signature(refresh))
                    .doesNotContain(signature(refreshed));
        }
        assertThat(redis.keys("user:*{" + id + "}*")).hasSize(2);
    }

    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    @Test
    void forgedTokensAreRefused() {
        String email = newEmail();
        signUp(api, email);
        String access = logIn(api, email);
        String[] parts = access.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"1\",\"sid\":\"x\",\"typ\":\"access\",\"exp\":9999999999}".getBytes());

        assertThat(api.get("/users/profile", parts[0] + "." + otherPayload + "." + parts[2]).status()).isEqualTo(401);
        assertThat(api.get("/users/profile", parts[0] + "." + parts[1] + ".c2lnbmF0dXJl").status()).isEqualTo(401);
        assertThat(api.get("/users/profile", "not-a-jwt").status()).isEqualTo(401);
    }

    @Test
    void everyPathOutsideThePublicListNeedsAToken() {
        for (String path : new String[]{"/users/profile", "/no/such/path", "/actuator/health"}) {
            Answer answer = api.get(path, null);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.code()).as(path).isEqualTo(400002);
            assertThat(answer.body().has("data")).as(path).isTrue();
        }
        for (String path : new String[]{"/users/edit", "/users/logout"}) {
            assertThat(api.post(path, Map.of(), null).status()).as(path).isEqualTo(401);
        }
        assertThat(api.get("/ping", null).status()).isEqualTo(200);
    }

    @Test
    void theTraceIdOfARequestIsInTheProvidersJsonLog() throws Exception {
        Answer signedUp = signUp(api, newEmail());
        String traceId = signedUp.header("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}");

        Path log = Platform.userProvider().log();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Files.readAllLines(log)).anySatisfy(line -> {
                    assertThat(line).startsWith("{").contains("\"traceId\":\"" + traceId + "\"");
                    assertThat(line).contains("created by email sign-up");
                }));
    }

    @Test
    void browsersMayReadBothTokenHeaders() {
        Answer preflight = api.send("OPTIONS", "/users/login", Map.of(
                "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");

        Answer profile = api.send("GET", "/ping", Map.of("Origin", "http://localhost:3000"));
        assertThat(profile.header("Access-Control-Expose-Headers"))
                .contains("x-jwt-token").contains("x-refresh-token");
    }
}
