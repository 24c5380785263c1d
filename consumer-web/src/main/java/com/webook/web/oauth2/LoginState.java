package com.webook.web.oauth2;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;

import cn.hutool.jwt.JWT;
import cn.hutool.jwt.JWTValidator;
import cn.hutool.jwt.signers.JWTSigner;
import cn.hutool.jwt.signers.JWTSignerUtil;

/**
 * The OAuth2 {@code state} of one login attempt, against cross-site request forgery: a fresh random
 * value goes to WeChat in the authorize URL and, signed and with an expiry, into an HttpOnly cookie
 * of the browser that asked. The callback is accepted only when WeChat's {@code state} equals the
 * one in a valid cookie.
 */
final class LoginState {

    private static final int MIN_KEY_BYTES = 32;
    private static final String CLAIM = "state";

    private final JWTSigner signer;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LoginState(String key, Duration ttl, Clock clock) {
        byte[] keyBytes = Objects.requireNonNull(key, "webook.wechat.state-key").getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("webook.wechat.state-key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.signer = JWTSignerUtil.hs256(keyBytes);
        this.ttl = ttl;
        this.clock = clock;
    }

    record Issued(String state, String cookieValue) {
    }

    Issued issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String cookie = JWT.create()
                .setPayload(CLAIM, state)
                .setExpiresAt(Date.from(clock.instant().plus(ttl)))
                .setSigner(signer)
                .sign();
        return new Issued(state, cookie);
    }

    /** True when the cookie is ours, unexpired, and carries exactly this state. */
    boolean matches(String cookieValue, String state) {
        if (cookieValue == null || state == null || state.isEmpty()) {
            return false;
        }
        try {
            JWT jwt = JWT.of(cookieValue);
            if (!"HS256".equals(jwt.getAlgorithm()) || !jwt.verify(signer)) {
                return false;
            }
            JWTValidator.of(jwt).validateDate(Date.from(clock.instant()));
            return state.equals(jwt.getPayload(CLAIM));
        } catch (RuntimeException malformedOrExpired) {
            return false;
        }
    }

    Duration ttl() {
        return ttl;
    }
}
