package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What was found: a lone surrogate in a nickname or folder name answered 200 and was stored as
 * {@code x?y}; names and titles took NUL, ANSI escapes, U+202E and nothing but invisible characters; a
 * birthday in year 0 was stored. One text policy now answers each with a 400 and the field's own error
 * code, in every context, and nothing is written.
 */
class TextInputIT extends Scenario {

    @BeforeAll
    static void startArticleAndInteractiveProviders() {
        Platform.articleProvider();
        Platform.interactiveProvider();
    }

    /** Each as a JSON string literal, escapes and all (a lone surrogate cannot travel as UTF-8). */
    static Stream<Arguments> badTexts() {
        return Stream.of(
                Arguments.of("a lone surrogate", "\"x\\ud800y\""),
                Arguments.of("NUL", "\"a\\u0000b\""),
                Arguments.of("an ANSI escape", "\"a\\u001b[31mb\""),
                Arguments.of("a right-to-left override", "\"txt\\u202eexe.doc\""),
                Arguments.of("nothing visible", "\"\\u200b\\u3164\""));
    }

    @ParameterizedTest(name = "nickname: {0}")
    @MethodSource("badTexts")
    void aNicknameFollowsThePolicy(String name, String text) {
        String token = loggedIn();

        Answer answer = api.postRaw("/users/edit", "{\"nickname\":" + text + "}", "application/json", token);

        assertEnvelope(answer, 401001);
        assertThat(api.get("/users/profile", token).data().path("nickname").isNull()).isTrue();
    }

    @ParameterizedTest(name = "folder name: {0}")
    @MethodSource("badTexts")
    void aFolderNameFollowsThePolicy(String name, String text) {
        String token = loggedIn();

        Answer answer = api.postRaw("/collections", "{\"name\":" + text + "}", "application/json", token);

        assertEnvelope(answer, 403001);
        assertThat(api.get("/collections", token).data()).isEmpty();
    }

    @ParameterizedTest(name = "article title: {0}")
    @MethodSource("badTexts")
    void anArticleTitleFollowsThePolicy(String name, String text) {
        String token = loggedIn();

        Answer answer = api.postRaw("/articles/edit", "{\"title\":" + text + ",\"content\":\"body\"}",
                "application/json", token);

        assertEnvelope(answer, 402001);
        assertThat(api.post("/articles/list", Map.of("offset", 0, "limit", 10), token).data()).isEmpty();
    }

    @ParameterizedTest(name = "birthday {0}")
    @MethodSource("earlyBirthdays")
    void birthdaysStartIn1900(String birthday) {
        String token = loggedIn();

        assertEnvelope(api.post("/users/edit", Map.of("nickname", "Ada", "birthday", birthday), token), 401001);
        assertThat(api.get("/users/profile", token).data().path("birthday").isNull()).isTrue();
    }

    static Stream<String> earlyBirthdays() {
        return Stream.of("0000-01-01", "1899-12-31");
    }

    private String loggedIn() {
        String email = newEmail();
        signUp(api, email);
        return logIn(api, email);
    }

    private static void assertEnvelope(Answer answer, int code) {
        Api.assertEnvelope(answer, 400, code);
    }
}
