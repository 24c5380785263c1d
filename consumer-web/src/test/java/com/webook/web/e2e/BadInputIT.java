package com.webook.web.e2e;

import static com.webook.web.e2e.Api.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every account endpoint gets a 4xx with the envelope, and writes nothing: after a
 * refused sign-up the address it carried has no account, whatever form it had; after a refused edit
 * the profile is as it was.
 */
class BadInputIT extends Scenario {

    private static final String EMAIL = "{email}";
    private static final String UUID_HERE = "{uuid}";
    private static final String GOOD = "bad-" + UUID_HERE + "@example.com";

    /**
     * name, body ({@code {email}} stands for the row's address), content type, status, code, the address
     * ({@code {uuid}} stands for a fresh uuid; null where the body carries none) and the passwords it
     * carries: a sign-up that wrongly went through would have created that account with one of them.
     */
    static Stream<Arguments> signUps() {
        String big = "x".repeat(300 * 1024);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"",
                        "application/json", 400, 400001, GOOD, List.of("hello123!")),
                Arguments.of("not an object", "[\"" + EMAIL + "\",\"hello123!\",\"hello123!\"]", "application/json", 400, 400001,
                        GOOD, List.of("hello123!")),
                Arguments.of("empty body", "", "application/json", 400, 400001, null, List.of()),
                Arguments.of("missing fields", "{}", "application/json", 400, 400001, null, List.of()),
                Arguments.of("missing confirmPassword",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\"}", "application/json", 400, 400001,
                        GOOD, List.of("hello123!")),
                Arguments.of("email of the wrong type",
                        "{\"email\":12345,\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"}",
                        "application/json", 400, 400001, null, List.of()),
                Arguments.of("password of the wrong type",
                        "{\"email\":\"" + EMAIL + "\",\"password\":12345678,\"confirmPassword\":12345678}",
                        "application/json", 400, 400001, GOOD, List.of("12345678")),
                Arguments.of("password as an array",
                        "{\"email\":\"" + EMAIL + "\",\"password\":[\"a\"],\"confirmPassword\":\"a\"}",
                        "application/json", 400, 400001, GOOD, List.of("a")),
                Arguments.of("passwords differ",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello124!\"}",
                        "application/json", 400, 400001, GOOD, List.of("hello123!", "hello124!")),
                Arguments.of("malformed email",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"}",
                        "application/json", 400, 401001, "not-an-email-" + UUID_HERE, List.of("hello123!")),
                Arguments.of("SQL metacharacters in the email",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"}",
                        "application/json", 400, 401001, "x'); DROP TABLE users; --" + GOOD, List.of("hello123!")),
                Arguments.of("unicode email",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"}",
                        "application/json", 400, 401001, "用户" + UUID_HERE + "@例子.公司", List.of("hello123!")),
                Arguments.of("weak password",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"password\",\"confirmPassword\":\"password\"}",
                        "application/json", 400, 401001, GOOD, List.of("password")),
                Arguments.of("unicode-only password",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"密码密码密码密码\",\"confirmPassword\":\"密码密码密码密码\"}",
                        "application/json", 400, 401001, GOOD, List.of("密码密码密码密码")),
                Arguments.of("oversized email",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"}",
                        "application/json", 400, 400001, "a".repeat(300) + GOOD, List.of("hello123!")),
                Arguments.of("oversized body",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\",\"x\":\"" + big + "\"}",
                        "application/json", 413, 400003, GOOD, List.of("hello123!")),
                Arguments.of("trailing garbage",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"} {}",
                        "application/json", 400, 400001, GOOD, List.of("hello123!")),
                Arguments.of("form instead of JSON", "email=" + EMAIL + "&password=hello123!&confirmPassword=hello123!",
                        "application/x-www-form-urlencoded", 415, 400006, GOOD, List.of("hello123!")),
                Arguments.of("no content type",
                        "{\"email\":\"" + EMAIL + "\",\"password\":\"hello123!\",\"confirmPassword\":\"hello123!\"}",
                        null, 415, 400006, GOOD, List.of("hello123!")));
    }

    @ParameterizedTest(name = "sign-up: {0}")
    @MethodSource("signUps")
    void badSignUpsAreRefusedAndCreateNoAccount(String name, String body, String contentType, int status, int code,
                                                String address, List<String> passwords) {
        String uuid = UUID.randomUUID().toString();
        String email = address == null ? null : address.replace(UUID_HERE, uuid);

        Answer answer = api.postRaw("/users/signup", email == null ? body : body.replace(EMAIL, email), contentType, null);

        assertEnvelope(answer, status, code);
        if (email != null) {
            for (String password : passwords) {
                Answer logIn = api.post("/users/login", Map.of("email", email, "password", password), null);
                assertThat(logIn.status()).as("logging in as %s with %s: %s", email, password, logIn.raw().body())
                        .isNotEqualTo(200);
            }
            assertThat(UserRows.withEmailContaining(uuid)).as("accounts under %s, in any form", email).isZero();
        }
    }

    static Stream<Arguments> logIns() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"email\":", 400, 400001),
                Arguments.of("missing password", "{\"email\":\"a@example.com\"}", 400, 400001),
                Arguments.of("email of the wrong type", "{\"email\":true,\"password\":\"hello123!\"}", 400, 400001),
                Arguments.of("unknown account", "{\"email\":\"nobody-" + UUID.randomUUID()
                        + "@example.com\",\"password\":\"hello123!\"}", 401, 401003),
                Arguments.of("SQL metacharacters", "{\"email\":\"' OR '1'='1\",\"password\":\"' OR '1'='1\"}", 401, 401003));
    }

    @ParameterizedTest(name = "log-in: {0}")
    @MethodSource("logIns")
    void badLogInsAreRefused(String name, String body, int status, int code) {
        assertEnvelope(api.postRaw("/users/login", body, "application/json", null), status, code);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"nickname\":", 400, 400001),
                Arguments.of("missing nickname", "{\"birthday\":\"1990-01-01\"}", 400, 400001),
                Arguments.of("nickname of the wrong type", "{\"nickname\":42}", 400, 400001),
                Arguments.of("blank nickname", "{\"nickname\":\"   \"}", 400, 401001),
                Arguments.of("65-character nickname", "{\"nickname\":\"" + "n".repeat(65) + "\"}", 400, 401001),
                Arguments.of("birthday not a date", "{\"nickname\":\"Ada\",\"birthday\":\"1990-13-01\"}", 400, 400001),
                Arguments.of("birthday in another format", "{\"nickname\":\"Ada\",\"birthday\":\"01/02/1990\"}", 400, 400001),
                Arguments.of("birthday in the future", "{\"nickname\":\"Ada\",\"birthday\":\"2999-01-01\"}", 400, 401001),
                Arguments.of("about-me of 1025 characters",
                        "{\"nickname\":\"Ada\",\"aboutMe\":\"" + "a".repeat(1025) + "\"}", 400, 401001),
                Arguments.of("about-me far too long",
                        "{\"nickname\":\"Ada\",\"aboutMe\":\"" + "a".repeat(5000) + "\"}", 400, 400001));
    }

    @ParameterizedTest(name = "edit: {0}")
    @MethodSource("edits")
    void badEditsAreRefusedAndChangeNothing(String name, String body, int status, int code) {
        String email = newEmail();
        signUp(api, email);
        String token = logIn(api, email);
        api.post("/users/edit", Map.of("nickname", "Before", "birthday", "1990-01-01", "aboutMe", "as it was"), token);
        Answer before = api.get("/users/profile", token);

        assertEnvelope(api.postRaw("/users/edit", body, "application/json", token), status, code);

        assertThat(api.get("/users/profile", token).body()).isEqualTo(before.body());
    }

    @Test
    void refreshNeedsABearerRefreshToken() {
        for (String authorization : new String[]{null, "Bearer ", "Basic dXNlcjpwYXNz", "Bearer not-a-token"}) {
            Answer answer = authorization == null
                    ? api.postRaw("/users/refresh_token", "", null, null)
                    : api.send("POST", "/users/refresh_token", Map.of("Authorization", authorization));
            assertEnvelope(answer, 401, 400002);
        }
    }

    @Test
    void aWrongMethodIs405() {
        assertEnvelope(api.get("/users/signup", null), 405, 400005);
    }
}
