package com.webook.web.e2e;

import static com.webook.web.e2e.Api.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * What was found at the HTTP edge, tried again: duplicate JSON keys answered 500, odd paths answered 200
 * with the path echoed (or Tomcat's HTML page), {@code /error} answered 500, the management port 401,
 * 401s had no challenge, a lower-case {@code bearer} was refused, and any {@code traceparent} was taken.
 */
class HttpHygieneIT extends Scenario {

    @LocalManagementPort
    int managementPort;

    static Stream<Arguments> duplicateKeys() {
        return Stream.of(
                Arguments.of("POST", "/collections", "{\"name\":\"a\",\"name\":\"b\"}"),
                Arguments.of("PUT", "/collections/1", "{\"name\":\"a\",\"name\":\"b\"}"),
                Arguments.of("POST", "/users/login_sms/code/send", "{\"phone\":\"13800138000\",\"phone\":\"13900139000\"}"),
                Arguments.of("POST", "/articles/withdraw", "{\"id\":1,\"id\":2}"),
                Arguments.of("POST", "/articles/pub/uncollect", "{\"id\":1,\"id\":2}"));
    }

    @ParameterizedTest(name = "duplicate keys: {0} {1}")
    @MethodSource("duplicateKeys")
    void aDuplicateKeyIsA400AndNothingIsWritten(String method, String path, String body) {
        String email = newEmail();
        signUp(api, email);
        String token = logIn(api, email);

        Answer answer = "PUT".equals(method) ? api.putRaw(path, body, token) : api.postRaw(path, body, "application/json", token);

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(400001);
        assertThat(api.get("/collections", token).data()).isEmpty();
    }

    @ParameterizedTest(name = "path {0}")
    @ValueSource(strings = {"/articles/publish;v=1", "/articles/publish%3Bv=1", "/articles/publish%3bv=1",
            "//articles/publish", "/articles//publish", "/articles/./publish", "/articles/../articles/publish",
            "/articles/x/..", "/articles%2Fpublish", "/articles/%2e%2e/publish", "/articles/publish%00",
            "/articles/publish%25"})
    void oddPathsAreRefusedWithTheEnvelopeAndNotEchoed(String path) {
        String email = newEmail();
        signUp(api, email);
        String token = logIn(api, email);

        Answer answer = api.postRaw(path, "{\"title\":\"t\",\"content\":\"c\"}", "application/json", token);

        assertThat(answer.status()).as(path).isIn(400, 404);
        assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.code()).as(answer.raw().body()).isIn(400001, 400004);
        assertThat(answer.raw().body()).doesNotContain("publish").doesNotContainIgnoringCase("<html");
        assertThat(api.post("/articles/list", Map.of("offset", 0, "limit", 10), token).data()).as("nothing saved").isEmpty();
    }

    @Test
    void aMalformedRequestLineGetsTheEnvelopeToo() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET /ping%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(response).startsWith("HTTP/1.1 400").contains("\"code\":400001").doesNotContainIgnoringCase("<html");
        }
    }

    @Test
    void unknownPathsAndTheErrorPathAre404() {
        String token = logIn(api, signedUpEmail());

        assertEnvelope(api.get("/no/such/path", token), 404, 400004);
        assertEnvelope(api.get("/error", null), 404, 400004);
        assertEnvelope(api.get("/error", token), 404, 400004);
    }

    @Test
    void theManagementPortAnswersUnknownPathsWith404() {
        Api management = new Api("http://127.0.0.1:" + managementPort);

        assertThat(management.get("/no/such/path", null).status()).isEqualTo(404);
        assertThat(management.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void a401SaysHowToAuthenticateAndTheSchemeIsCaseInsensitive() {
        String email = signedUpEmail();
        Answer login = api.post("/users/login", Map.of("email", email, "password", PASSWORD), null);
        String access = login.header("x-jwt-token");
        String refresh = login.header("x-refresh-token");

        Answer anonymous = api.get("/users/profile", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

        assertThat(api.send("GET", "/users/profile", Map.of("Authorization", "bearer " + access)).status()).isEqualTo(200);
        assertThat(api.send("GET", "/users/profile", Map.of("Authorization", "BEARER " + access)).status()).isEqualTo(200);
        assertThat(api.send("POST", "/users/refresh_token", Map.of("Authorization", "bearer " + refresh)).status())
                .isEqualTo(200);
    }

    @Test
    void onlyAValidTraceparentJoinsItsTrace() {
        String valid = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        assertThat(api.send("GET", "/ping", Map.of("traceparent", valid)).header("X-Trace-Id"))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        for (String invalid : new String[]{"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
                "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
                "00-attacker-chosen-trace-id-00f067aa0ba902b7-01"}) {
            String traceId = api.send("GET", "/ping", Map.of("traceparent", invalid)).header("X-Trace-Id");
            assertThat(traceId).as(invalid).matches("[0-9a-f]{32}").isNotEqualTo("0".repeat(32))
                    .isNotEqualToIgnoringCase("4bf92f3577b34da6a3ce929d0e0e4736");
        }
    }

    private String signedUpEmail() {
        String email = newEmail();
        signUp(api, email);
        return email;
    }
}
