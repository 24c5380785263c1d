package com.webook.web.e2e;

import static com.webook.web.e2e.Api.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Logging in with a code sent by SMS, through consumer-web, the code provider and the SMS provider,
 * each found through etcd. The SMS provider runs with the local profile: its local vendor delivers
 * into an inbox the test reads, as a developer would. A code's age is moved on in Redis, not waited for.
 */
class SmsLoginIT extends Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    StringRedisTemplate redis;

    @BeforeAll
    static void startCodeAndSmsProviders() {
        Platform.smsProvider();
        Platform.codeProvider();
    }

    @Test
    void aUserLogsInWithTheCodeFromTheirPhoneAndIsTheSameAccountNextTime() {
        String national = newMainlandNumber();
        String phone = "+86" + national;
        awaitCodeService();

        Answer sent = api.post("/users/login_sms/code/send",
                Map.of("phone", national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7)), null);
        assertThat(sent.status()).as(sent.raw().body()).isEqualTo(200);
        String code = latestCodeIn(phone);
        assertThat(code).matches("[0-9]{6}");

        Answer wrong = api.post("/users/login_sms", Map.of("phone", national, "code", otherThan(code)), null);
        assertEnvelope(wrong, 400, 404003);

        Answer loggedIn = api.post("/users/login_sms", Map.of("phone", national, "code", code), null);
        assertThat(loggedIn.status()).as(loggedIn.raw().body()).isEqualTo(200);
        String token = loggedIn.header("x-jwt-token");
        assertThat(loggedIn.header("x-refresh-token")).isNotBlank();
        Answer profile = api.get("/users/profile", token);
        assertThat(profile.data().path("phone").asText()).isEqualTo(phone);
        long userId = profile.data().path("id").asLong();

        assertEnvelope(api.post("/users/login_sms", Map.of("phone", national, "code", code), null), 400, 404004);
        assertEnvelope(api.post("/users/login_sms/code/send", Map.of("phone", phone), null), 429, 404002);

        aMinutePasses(phone);
        assertThat(api.post("/users/login_sms/code/send", Map.of("phone", "+86" + national), null).status()).isEqualTo(200);
        Answer again = api.post("/users/login_sms", Map.of("phone", phone, "code", latestCodeIn(phone)), null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("id").asLong()).as("one phone, one account").isEqualTo(userId);
    }

    @Test
    void threeWrongCodesSpendTheCode() {
        String phone = "+86" + newMainlandNumber();
        awaitCodeService();
        api.post("/users/login_sms/code/send", Map.of("phone", phone), null);
        String code = latestCodeIn(phone);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertEnvelope(api.post("/users/login_sms", Map.of("phone", phone, "code", otherThan(code)), null), 400, 404003);
        }

        assertEnvelope(api.post("/users/login_sms", Map.of("phone", phone, "code", code), null), 429, 404005);
    }

    @Test
    void aCodeThatWasNeverSentIsExpired() {
        awaitCodeService();
        assertEnvelope(api.post("/users/login_sms", Map.of("phone", "+86" + newMainlandNumber(), "code", "123456"), null),
                400, 404004);
    }

    /**
     * Each body carries a fresh mobile number ({@code {mobile}}, or {@code {fullwidth}} in full-width
     * digits) or landline ({@code {landline}}), so that a send that wrongly went out would land in an inbox
     * no one else writes to: the mobile's, or the landline's as typed or with +86.
     */
    static Stream<Arguments> badSends() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"phone\":\"{mobile}\""),
                Arguments.of("missing phone (given as mobile)", "{\"mobile\":\"{mobile}\"}"),
                Arguments.of("phone as a number", "{\"phone\":{mobile}}"),
                Arguments.of("landline", "{\"phone\":\"{landline}\"}"),
                Arguments.of("letters", "{\"phone\":\"call {mobile} maybe\"}"),
                Arguments.of("full-width digits", "{\"phone\":\"{fullwidth}\"}"),
                Arguments.of("SQL metacharacters", "{\"phone\":\"{mobile}'; DROP TABLE users; --\"}"),
                Arguments.of("oversized", "{\"phone\":\"{mobile}" + " ".repeat(300 * 1024) + "\"}"));
    }

    @ParameterizedTest(name = "send: {0}")
    @MethodSource("badSends")
    void badSendsAreRefusedAndSendNothing(String name, String body) {
        String mobile = newMainlandNumber();
        String landline = "010" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        awaitCodeService();

        Answer answer = api.postRaw("/users/login_sms/code/send", body.replace("{mobile}", mobile)
                .replace("{fullwidth}", fullWidth(mobile)).replace("{landline}", landline), "application/json", null);

        assertThat(answer.status()).as(answer.raw().body()).isBetween(400, 413);
        assertThat(answer.code()).isBetween(400_000, 499_999);
        assertThat(answer.data().isNull()).isTrue();
        // Sending is synchronous (consumer-web, code provider, SMS provider, inbox): had it happened, it is there.
        for (String phone : List.of("+86" + mobile, "+86" + landline, landline)) {
            assertThat(inbox(phone)).as("messages to %s", phone).isEmpty();
        }
    }

    static Stream<Arguments> badLogins() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"phone\":\"{phone}\",\"code\":"),
                Arguments.of("missing code", "{\"phone\":\"{phone}\"}"),
                Arguments.of("five digits", "{\"phone\":\"{phone}\",\"code\":\"12345\"}"),
                Arguments.of("letters", "{\"phone\":\"{phone}\",\"code\":\"abcdef\"}"),
                Arguments.of("code as a number", "{\"phone\":\"{phone}\",\"code\":123456}"),
                Arguments.of("SQL metacharacters", "{\"phone\":\"{phone}\",\"code\":\"' OR 1=1\"}"),
                Arguments.of("bad phone", "{\"phone\":\"12345\",\"code\":\"{code}\"}"));
    }

    @ParameterizedTest(name = "log-in: {0}")
    @MethodSource("badLogins")
    void badLoginsAreRefusedAndSpendNoAttempt(String name, String body) {
        String phone = "+86" + newMainlandNumber();
        awaitCodeService();
        api.post("/users/login_sms/code/send", Map.of("phone", phone), null);
        String code = latestCodeIn(phone);

        for (int i = 0; i < 4; i++) {
            Answer answer = api.postRaw("/users/login_sms", body.replace("{phone}", phone).replace("{code}", code),
                    "application/json", null);
            assertEnvelope(answer, 400, 400001);
        }

        assertThat(api.post("/users/login_sms", Map.of("phone", phone, "code", code), null).status())
                .as("the right code still works: no attempt was spent").isEqualTo(200);
    }

    /** Waits until consumer-web reaches the code provider: a never-sent code is "expired", not 503. */
    private void awaitCodeService() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("/users/login_sms", Map.of("phone", "+8613000000000", "code", "000000"), null)
                        .code() == 404004);
    }

    private String latestCodeIn(String phone) {
        JsonNode messages = inbox(phone);
        assertThat(messages.isEmpty()).as("a message in the inbox of %s", phone).isFalse();
        return messages.get(0).path("args").get(0).asText();
    }

    /** The messages the SMS provider's local vendor delivered to the phone, newest first. */
    private static JsonNode inbox(String phone) {
        try {
            String url = Platform.smsProvider().baseUrl() + "/dev/sms/inbox?phone="
                    + URLEncoder.encode(phone, StandardCharsets.UTF_8);
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode messages = JSON.readTree(response.body()).path("data");
            assertThat(messages.isArray()).as(response.body()).isTrue();
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SMS inbox", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) ('０' + (c - '0'))));
        return wide.toString();
    }

    /** Moves the phone's login code a minute closer to its expiry, as if a minute had passed. */
    private void aMinutePasses(String phone) {
        String key = "phone_code:login:{" + phone + "}";
        for (String k : List.of(key, key + ":cnt")) {
            long left = redis.getExpire(k, TimeUnit.MILLISECONDS);
            assertThat(left).as("ttl of %s", k).isPositive();
            redis.expire(k, Duration.ofMillis(left - 60_000));
        }
    }

    private static String newMainlandNumber() {
        return "13" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
