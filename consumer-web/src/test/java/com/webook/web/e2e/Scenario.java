package com.webook.web.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every scenario starts from: the user provider running as its own process, and a client of the
 * consumer-web under test that has already found the provider through etcd.
 */
@ConsumerWebScenario
abstract class Scenario {

    static final String PASSWORD = "hello123!";

    @LocalServerPort
    int port;

    Api api;

    /** consumer-web talks to a local stand-in for WeChat's API (one for every scenario, so one context). */
    @DynamicPropertySource
    static void wechatStub(DynamicPropertyRegistry properties) {
        properties.add("webook.wechat.api-base-url", () -> WechatStub.get().baseUrl());
    }

    @BeforeAll
    static void startProvider() {
        Platform.userProvider();
    }

    @BeforeEach
    void providerIsDiscovered() {
        api = new Api("http://127.0.0.1:" + port);
        awaitProvider(api);
    }

    /**
     * Waits until this consumer-web reaches the user provider: a sign-up with an address the provider
     * refuses answers its code (401001), not 503. (A failed log-in would count against the abuse limits.)
     */
    static void awaitProvider(Api api) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("/users/signup", Map.of("email", "not-an-address", "password", PASSWORD,
                        "confirmPassword", PASSWORD), null).code() == 401001);
    }

    static String newEmail() {
        return "e2e-" + UUID.randomUUID() + "@example.com";
    }

    static Answer signUp(Api api, String email) {
        return api.post("/users/signup", Map.of("email", email, "password", PASSWORD, "confirmPassword", PASSWORD), null);
    }

    /** Logs in and returns the access token. */
    static String logIn(Api api, String email) {
        return api.post("/users/login", Map.of("email", email, "password", PASSWORD), null).header("x-jwt-token");
    }

    /** A new account with {@code nickname}, logged in: its access token. */
    String userNamed(String nickname) {
        String email = newEmail();
        signUp(api, email);
        String token = logIn(api, email);
        api.post("/users/edit", Map.of("nickname", nickname, "aboutMe", ""), token);
        return token;
    }
}
