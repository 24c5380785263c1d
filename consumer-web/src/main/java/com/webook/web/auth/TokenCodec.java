package com.webook.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import cn.hutool.jwt.JWT;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.webook.web.common.HmacJwt;

/**
 * The two kinds of session token, as signed JWTs (HS256): an access token for every request and a
 * refresh token that only buys the next pair. Both name the user ({@code sub}) and the session
 * ({@code sid}), say which kind they are ({@code typ}) and carry a random id ({@code jti}): no two tokens
 * are alike; a refresh token's is its one-time id, which the session store knows only as a digest.
 */
final class TokenCodec {

    static final String ACCESS = "access";
    static final String REFRESH = "refresh";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HmacJwt jwt;
    private final Clock clock;
    /**
     * Access tokens verified lately, with their expiry: a client sends the same one with every request for
     * up to its lifetime, and parsing and checking its signature each time showed in the reader view's
     * profile. Keyed by the whole token, so only a token that verified is ever found here.
     */
    private final Cache<String, Verified> verifiedAccess =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    private record Verified(Claims claims, long expiresAtMillis) {
    }

    TokenCodec(String key, Clock clock) {
        this.jwt = new HmacJwt(key, "webook.jwt-secret", clock);
        this.clock = clock;
    }

    /** What a token says about itself. {@code oneTimeId} is null for access tokens. */
    record Claims(long userId, String sessionId, String kind, String oneTimeId) {
    }

    String sign(Claims claims, Duration ttl) {
        return jwt.sign(Map.of(
                "sub", Long.toString(claims.userId()),
                "sid", claims.sessionId(),
                "typ", claims.kind(),
                "jti", claims.oneTimeId() != null ? claims.oneTimeId() : randomId()), ttl);
    }

    /** 128 random bits, URL-safe. */
    static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The claims of a token of this kind that we signed and that has not expired, or null. */
    Claims verify(String token, String kind) {
        if (ACCESS.equals(kind) && token != null) {
            Verified known = verifiedAccess.getIfPresent(token);
            if (known != null) {
                return clock.millis() <= known.expiresAtMillis() ? known.claims() : null;
            }
        }
        JWT verified = token == null || token.length() > 2048 ? null : jwt.verified(token);
        if (verified == null || !kind.equals(verified.getPayload("typ"))) {
            return null;
        }
        Object sessionId = verified.getPayload("sid");
        Object oneTimeId = verified.getPayload("jti");
        long userId;
        try {
            userId = Long.parseLong(String.valueOf(verified.getPayload("sub")));
        } catch (NumberFormatException malformed) {
            return null;
        }
        if (sessionId == null || userId <= 0 || REFRESH.equals(kind) && oneTimeId == null) {
            return null;
        }
        Claims claims = new Claims(userId, sessionId.toString(), kind, REFRESH.equals(kind) ? oneTimeId.toString() : null);
        Long expiresAt = verified.getPayloads().getLong("exp");
        if (ACCESS.equals(kind) && expiresAt != null) {
            verifiedAccess.put(token, new Verified(claims, expiresAt * 1000));
        }
        return claims;
    }
}
