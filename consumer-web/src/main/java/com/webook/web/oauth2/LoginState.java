package com.webook.web.oauth2;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import cn.hutool.jwt.JWT;
import com.webook.web.common.HmacJwt;

/**
 * The OAuth2 {@code state} of one login attempt, against cross-site request forgery: a fresh random
 * value goes to WeChat in the authorize URL and, signed and with an expiry, into an HttpOnly cookie
 * of the browser that asked. The callback is accepted only when WeChat's {@code state} equals the
 * one in a valid cookie.
 */
final class LoginState {

    private static final String CLAIM = "state";

    private final HmacJwt jwt;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    LoginState(String key, Duration ttl, Clock clock) {
        this.jwt = new HmacJwt(key, "webook.wechat.state-key", clock);
        this.ttl = ttl;
    }

    record Issued(String state, String cookieValue) {
    }

    Issued issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(state, jwt.sign(Map.of(CLAIM, state), ttl));
    }

    /** True when the cookie is ours, unexpired, and carries exactly this state. */
    boolean matches(String cookieValue, String state) {
        if (state == null || state.isEmpty()) {
            return false;
        }
        JWT verified = jwt.verified(cookieValue);
        return verified != null && state.equals(verified.getPayload(CLAIM));
    }

    Duration ttl() {
        return ttl;
    }
}
