package com.webook.web.oauth2;

import java.util.Map;

import com.webook.api.user.v1.UserService;
import com.webook.web.common.ApiError;
import com.webook.web.common.Envelope;
import com.webook.web.common.WebErrorCode;
import com.webook.web.user.ProfileView;
import com.webook.web.user.SessionAnswers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Logging in with WeChat (website QR-code login): the auth URL with a fresh state, kept in a signed
 * HttpOnly cookie; the callback checks the state, trades the code for the user's WeChat identity,
 * finds or creates the account, and opens a session. Public paths.
 */
@RestController
@RequestMapping("/oauth2/wechat")
class WechatController {

    static final String STATE_COOKIE = "wechat_state";
    static final String CALLBACK_PATH = "/oauth2/wechat/callback";
    private static final int MAX_CODE_LENGTH = 256;

    private final WechatProperties properties;
    private final LoginState states;
    private final WechatClient wechat;
    private final UserService users;
    private final SessionAnswers answers;

    WechatController(WechatProperties properties, LoginState states, WechatClient wechat, UserService users,
                     SessionAnswers answers) {
        this.properties = properties;
        this.states = states;
        this.wechat = wechat;
        this.users = users;
        this.answers = answers;
    }

    @GetMapping("/authurl")
    ResponseEntity<Envelope<Map<String, String>>> authUrl() {
        LoginState.Issued issued = states.issue();
        String url = UriComponentsBuilder.fromUriString(properties.authorizeUrl())
                .queryParam("appid", properties.appId())
                .queryParam("redirect_uri", properties.redirectUri())
                .queryParam("response_type", "code")
                .queryParam("scope", "snsapi_login")
                .queryParam("state", issued.state())
                .fragment("wechat_redirect")
                .encode()
                .build()
                .toUriString();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, stateCookie(issued.cookieValue(), states.ttl().toSeconds()))
                .body(Envelope.ok(Map.of("url", url)));
    }

    @GetMapping("/callback")
    ResponseEntity<Envelope<ProfileView>> callback(@RequestParam(required = false) String code,
                                                   @RequestParam(required = false) String state,
                                                   @CookieValue(name = STATE_COOKIE, required = false) String cookie) {
        if (!states.matches(cookie, state)) {
            throw new ApiError(HttpStatus.BAD_REQUEST, WebErrorCode.OAUTH_STATE_MISMATCH,
                    "this login link is not the one given to this browser, or it expired; please start again");
        }
        if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            throw ApiError.invalid("code must be the authorization code WeChat sent back");
        }
        ResponseEntity<Envelope<ProfileView>> loggedIn = answers.loggedIn(users.findOrCreateByWechat(wechat.identify(code)));
        // The state is spent: drop the cookie so the same callback cannot be replayed from this browser.
        return ResponseEntity.status(loggedIn.getStatusCode())
                .headers(loggedIn.getHeaders())
                .header(HttpHeaders.SET_COOKIE, stateCookie("", 0))
                .body(loggedIn.getBody());
    }

    private String stateCookie(String value, long maxAgeSeconds) {
        return ResponseCookie.from(STATE_COOKIE, value)
                .httpOnly(true)
                .secure(properties.secureCookie())
                .sameSite("Lax")
                .path(CALLBACK_PATH)
                .maxAge(maxAgeSeconds)
                .build()
                .toString();
    }
}
