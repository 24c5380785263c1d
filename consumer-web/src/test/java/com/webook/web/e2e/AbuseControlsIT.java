package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.webook.governance.testkit.Concurrently;
import com.webook.web.e2e.Api.Answer;
import com.webook.web.limit.AbuseControls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What was found, tried again: one client asking codes for 100 numbers, guessing passwords, guessing
 * codes, flooding writes. Each is cut off at its limit with 429, the envelope and {@code Retry-After},
 * without telling an existing account from an unknown one. Where a limit spans a day, the test spends
 * most of the allowance through {@link AbuseControls} itself (as that many requests would) and makes the
 * last requests over HTTP.
 */
class AbuseControlsIT extends Scenario {

    @Autowired
    AbuseControls controls;

    @BeforeAll
    static void startCodeAndSmsProviders() {
        Platform.smsProvider();
        Platform.codeProvider();
    }

    @Test
    void aBurstOfCodesForManyNumbersFromOneClientIsCutOffAtThePerClientLimit() {
        awaitCodeService();
        List<Integer> statuses = new ArrayList<>();
        Answer refused = null;
        for (int i = 0; i < 100; i++) {
            Answer answer = api.post("/users/login_sms/code/send", Map.of("phone", newMainlandNumber()), null);
            statuses.add(answer.status());
            if (answer.status() == 429 && refused == null) {
                refused = answer;
            }
        }

        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(5, 100)).containsOnly(429);
        assertThat(refused.code()).isEqualTo(400009);
        assertThat(refused.msg()).contains("from this address");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
        Answer otherClient = api.from("198.19.0.7").post("/users/login_sms/code/send", Map.of("phone", newMainlandNumber()), null);
        assertThat(otherClient.status()).as(otherClient.raw().body()).isEqualTo(200);
    }

    @Test
    void aNumberGetsAtMostItsDailyCodesWhoeverAsks() {
        awaitCodeService();
        String phone = "+86" + newMainlandNumber();
        for (int i = 0; i < 10; i++) {
            controls.sendingCode("198.19.1." + i, phone);
        }

        Answer answer = api.post("/users/login_sms/code/send", Map.of("phone", phone), null);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.msg()).contains("sent to this number today");
    }

    @Test
    void oncePasswordGuessesAreSpentNoPasswordIsCheckedAndUnknownAccountsLookTheSame() {
        String email = newEmail();
        signUp(api, email);
        String unknown = newEmail();

        List<Integer> forExisting = guessTwelveTimes(api, email);
        List<Integer> forUnknown = guessTwelveTimes(api.from("198.19.2.1"), unknown);

        assertThat(forExisting).isEqualTo(forUnknown);
        assertThat(forExisting.subList(0, 5)).containsOnly(401);
        assertThat(forExisting.subList(5, 12)).containsOnly(429);
        Answer rightPassword = api.from("198.19.2.2").post("/users/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(rightPassword.status()).as("the account is locked for everyone until it lapses").isEqualTo(429);
        assertThat(rightPassword.msg()).contains("for this account");
        assertThat(rightPassword.header("Retry-After")).isNotBlank();
    }

    /** What was found: the limit was checked before and charged after, so parallel guesses all got through. */
    @Test
    void parallelGuessesStopAtTheLimitToo() throws Exception {
        String email = newEmail();
        signUp(api, email);
        List<Integer> statuses = Concurrently.all(12, guesser -> {
            Api client = api.from("198.19.4." + guesser);
            String guess = "wrong-password" + guesser + "!";
            return () -> client.post("/users/login", Map.of("email", email, "password", guess), null).status();
        });

        assertThat(statuses).filteredOn(status -> status == 401).as("password checks").hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
    }

    @Test
    void logInsThatSucceedCostNothing() {
        String email = newEmail();
        signUp(api, email);

        for (int i = 0; i < 8; i++) {
            assertThat(api.post("/users/login", Map.of("email", email, "password", PASSWORD), null).status()).isEqualTo(200);
        }
        assertThat(guessTwelveTimes(api.from("198.19.5.1"), email).subList(0, 5)).as("all five guesses still there").containsOnly(401);
    }

    @Test
    void oneClientGuessingAcrossManyAccountsIsCutOff() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            statuses.add(api.post("/users/login", Map.of("email", newEmail(), "password", "wrong-password1!"), null).status());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.get(20)).isEqualTo(429);
    }

    @Test
    void wrongCodesForANumberAreCappedPerDay() {
        awaitCodeService();
        String phone = "+86" + newMainlandNumber();
        for (int i = 0; i < 10; i++) {
            controls.checkingCode(phone); // each check is charged as wrong until it proves otherwise
        }

        Answer answer = api.post("/users/login_sms", Map.of("phone", phone, "code", "123456"), null);

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.code()).isEqualTo(400009);
        assertThat(answer.msg()).contains("too many wrong codes");
    }

    @Test
    void writesPastTheRateAreRefusedAndReadsGoOn() {
        String email = newEmail();
        long id = signUp(api, email).data().path("id").asLong();
        String token = logIn(api, email);
        for (int i = 0; i < 60; i++) {
            controls.writing(id);
        }

        Answer write = api.post("/collections", Map.of("name", "one too many"), token);

        assertThat(write.status()).isEqualTo(429);
        assertThat(write.code()).isEqualTo(400009);
        assertThat(api.get("/collections", token).status()).isEqualTo(200);
        assertThat(api.get("/users/profile", token).status()).isEqualTo(200);
    }

    /** What was found: GET /collections answered every folder at once. */
    @Test
    void foldersComeAPageAtATime() {
        Platform.interactiveProvider();
        String token = logIn(api, signedUp());
        for (String name : new String[]{"a", "b", "c"}) {
            await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/collections", Map.of("name", name), token).status() == 200);
        }

        assertThat(api.get("/collections", token).data()).hasSize(3);
        assertThat(api.get("/collections?limit=2", token).data()).hasSize(2);
        assertThat(api.get("/collections?offset=2&limit=2", token).data().get(0).path("name").asText()).isEqualTo("c");
        assertThat(api.get("/collections?limit=101", token).status()).isEqualTo(400);
        assertThat(api.get("/collections?offset=-1", token).status()).isEqualTo(400);
    }

    /** Without a trusted proxy (the default), X-Forwarded-For is the client's word and changes nothing. */
    @Test
    void aClientCannotEscapeItsLimitByClaimingAnotherAddress() {
        Api direct = new Api(Platform.secondConsumerWeb().baseUrl());
        awaitProvider(direct);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> direct.post("/users/login_sms", Map.of("phone", "+8613000000000", "code", "000000"), null)
                        .code() == 404004);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(direct.from("198.19.3." + i).post("/users/login_sms/code/send",
                    Map.of("phone", newMainlandNumber()), null).status());
        }

        assertThat(statuses).as("all from 127.0.0.1, whatever the header said").contains(429);
    }

    private String signedUp() {
        String email = newEmail();
        signUp(api, email);
        return email;
    }

    private static List<Integer> guessTwelveTimes(Api api, String email) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(api.post("/users/login", Map.of("email", email, "password", "wrong-password" + i + "!"), null).status());
        }
        return statuses;
    }

    private void awaitCodeService() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("/users/login_sms", Map.of("phone", "+8613000000000", "code", "000000"), null)
                        .code() == 404004);
    }

    private static String newMainlandNumber() {
        return "13" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }
}
