package com.webook.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.webook.web.e2e.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Logging in with WeChat through consumer-web, with WeChat's token endpoint played by a local stub:
 * ask for the QR-code URL (its state also lands in a signed HttpOnly cookie), come back to the callback
 * with the code WeChat issued, get the two tokens. A callback that is not the one this browser was
 * given is refused before WeChat is asked, so nothing can be created.
 */
class WechatLoginIT extends Scenario {

    private final WechatStub wechat = WechatStub.get();

    @Test
    void aUserScansTheQrCodeAndIsLoggedInAsTheSameAccountNextTime() {
        String unionId = "union-" + UUID.randomUUID();

        Attempt first = startLogin();
        assertThat(first.url()).startsWith("https://open.weixin.qq.com/connect/qrconnect?")
                .endsWith("#wechat_redirect");
        assertThat(first.query()).containsEntry("appid", WechatStub.APP_ID)
                .containsEntry("response_type", "code")
                .containsEntry("scope", "snsapi_login")
                .containsEntry("redirect_uri", "http://127.0.0.1:8080/oauth2/wechat/callback")
                .containsEntry("state", first.state());
        assertThat(first.setCookie()).contains("HttpOnly", "Path=/oauth2/wechat/callback", "Max-Age=600",
                "SameSite=Lax");

        wechat.grant("code-1", "open-1-" + unionId, unionId);
        Answer loggedIn = callback("code-1", first.state(), first.cookie());
        assertThat(loggedIn.status()).as(loggedIn.raw().body()).isEqualTo(200);
        assertThat(loggedIn.header("x-jwt-token")).isNotBlank();
        assertThat(loggedIn.header("x-refresh-token")).isNotBlank();
        assertThat(loggedIn.raw().headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("wechat_state=;").contains("Max-Age=0"));
        long userId = loggedIn.data().path("id").asLong();
        assertThat(api.get("/users/profile", loggedIn.header("x-jwt-token")).data().path("id").asLong())
                .isEqualTo(userId);

        Attempt second = startLogin();
        assertThat(second.state()).isNotEqualTo(first.state());
        wechat.grant("code-2", "open-2-" + unionId, unionId);
        Answer again = callback("code-2", second.state(), second.cookie());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().path("id").asLong()).as("same unionId, same account").isEqualTo(userId);
    }

    @Test
    void anIdentityWithoutUnionIdIsKnownByItsOpenId() {
        String openId = "open-only-" + UUID.randomUUID();
        Attempt first = startLogin();
        wechat.grant("code-o1-" + openId, openId, null);
        long userId = callback("code-o1-" + openId, first.state(), first.cookie()).data().path("id").asLong();

        Attempt second = startLogin();
        wechat.grant("code-o2-" + openId, openId, null);
        Answer again = callback("code-o2-" + openId, second.state(), second.cookie());

        assertThat(userId).isPositive();
        assertThat(again.data().path("id").asLong()).isEqualTo(userId);
    }

    @Test
    void aCallbackWhoseStateIsNotThisBrowsersIsRefusedBeforeWechatIsAsked() {
        Attempt mine = startLogin();
        Attempt someoneElses = startLogin();
        wechat.grant("code-forged", "open-forged-" + UUID.randomUUID(), null);
        int exchangesBefore = wechat.exchanges().size();

        assertRefused(callback("code-forged", someoneElses.state(), mine.cookie()), 400, 400007);
        assertRefused(callback("code-forged", mine.state(), null), 400, 400007);
        assertRefused(callback("code-forged", null, mine.cookie()), 400, 400007);
        assertRefused(callback("code-forged", mine.state(), mine.cookie().replace("wechat_state=", "wechat_state=x")),
                400, 400007);

        assertThat(wechat.exchanges()).as("WeChat was never asked").hasSize(exchangesBefore);
    }

    @Test
    void aCodeWechatRefusesIsA400AndAWechatOutageA503() {
        Attempt attempt = startLogin();
        assertRefused(callback("never-issued", attempt.state(), attempt.cookie()), 400, 400008);
        assertRefused(callback("", attempt.state(), attempt.cookie()), 400, 400001);

        wechat.breakDown(true);
        try {
            wechat.grant("code-during-outage", "open-outage", null);
            assertRefused(callback("code-during-outage", attempt.state(), attempt.cookie()), 503, 500002);
        } finally {
            wechat.breakDown(false);
        }
    }

    /**
     * The secret goes to WeChat with the code; what the callback answers the browser (status line,
     * headers, body), whether the login succeeds, WeChat refuses the code or WeChat is down, carries
     * neither the secret nor the tokens WeChat handed over.
     */
    @Test
    void theSecretIsSentToWechatButNeverToTheBrowser() {
        Attempt attempt = startLogin();
        assertThat(attempt.url()).doesNotContain(WechatStub.APP_SECRET);
        wechat.grant("code-secret", "open-secret-" + UUID.randomUUID(), null);

        Answer loggedIn = callback("code-secret", attempt.state(), attempt.cookie());

        List<Map<String, String>> exchanges = wechat.exchanges();
        assertThat(exchanges.get(exchanges.size() - 1))
                .containsEntry("secret", WechatStub.APP_SECRET)
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "code-secret");
        assertThat(loggedIn.status()).as(loggedIn.raw().body()).isEqualTo(200);
        assertNothingSecretIn(loggedIn);

        Attempt refused = startLogin();
        Answer refusal = callback("never-issued", refused.state(), refused.cookie());
        assertThat(refusal.status()).isEqualTo(400);
        assertNothingSecretIn(refusal);

        Attempt duringOutage = startLogin();
        wechat.breakDown(true);
        try {
            wechat.grant("code-secret-outage", "open-secret-outage", null);
            Answer outage = callback("code-secret-outage", duringOutage.state(), duringOutage.cookie());
            assertThat(outage.status()).isEqualTo(503);
            assertNothingSecretIn(outage);
        } finally {
            wechat.breakDown(false);
        }
    }

    private static void assertNothingSecretIn(Answer answer) {
        String everything = answer.raw().headers().map() + "\n" + answer.raw().body();
        assertThat(everything).as("what the browser got")
                .doesNotContain(WechatStub.APP_SECRET, WechatStub.ACCESS_TOKEN, WechatStub.REFRESH_TOKEN);
    }

    private record Attempt(String url, Map<String, String> query, String state, String setCookie, String cookie) {
    }

    private Attempt startLogin() {
        Answer answer = api.get("/oauth2/wechat/authurl", null);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        String url = answer.data().path("url").asText();
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        String setCookie = answer.header("Set-Cookie");
        return new Attempt(url, query, query.get("state"), setCookie, setCookie.substring(0, setCookie.indexOf(';')));
    }

    private Answer callback(String code, String state, String cookie) {
        StringBuilder path = new StringBuilder("/oauth2/wechat/callback?");
        if (code != null) {
            path.append("code=").append(code).append('&');
        }
        if (state != null) {
            path.append("state=").append(state);
        }
        Map<String, String> headers = cookie == null ? Map.of() : Map.of("Cookie", cookie);
        return api.send("GET", path.toString(), headers);
    }

    private static void assertRefused(Answer answer, int status, int code) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.header("x-jwt-token")).isNull();
    }
}
