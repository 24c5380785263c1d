package com.webook.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;

import cn.hutool.jwt.JWT;
import cn.hutool.jwt.JWTValidator;
import cn.hutool.jwt.signers.JWTSigner;
import cn.hutool.jwt.signers.JWTSignerUtil;

/**
 * The two kinds of session token, as signed JWTs (HS256): an access token for every request and a
 * refresh token that only buys the next pair. Both name the user ({@code sub}) and the session
 * ({@code sid}), say which kind they are ({@code typ}) and carry a random id ({@code jti}): no two tokens
 * are alike; a refresh token's is its one-time id, which the session store knows only as a digest.
 */
final class TokenCodec {

    static final String ACCESS = "access";
    static final String REFRESH = "refresh";
    private static final int MIN_KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JWTSigner signer;
    private final Clock clock;

    TokenCodec(String key, Clock clock) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("webook.jwt-secret must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.signer = JWTSignerUtil.hs256(bytes);
        this.clock = clock;
    }

    /** What a token says about itself. {@code oneTimeId} is null for access tokens. */
    record Claims(long userId, String sessionId, String kind, String oneTimeId) {
    }

    String sign(Claims claims, Duration ttl) {
        return JWT.create()
                .setPayload("sub", Long.toString(claims.userId()))
                .setPayload("sid", claims.sessionId())
                .setPayload("typ", claims.kind())
                .setPayload("jti", claims.oneTimeId() != null ? claims.oneTimeId() : randomId())
                .setExpiresAt(Date.from(clock.instant().plus(ttl)))
                .setSigner(signer)
                .sign();
    }

    /** 128 random bits, URL-safe. */
    static String randomId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The claims of a token of this kind that we signed and that has not expired, or null. */
    Claims verify(String token, String kind) {
        if (token == null || token.isEmpty() || token.length() > 2048) {
            return null;
        }
        try {
            JWT jwt = JWT.of(token);
            if (!"HS256".equals(jwt.getAlgorithm()) || !jwt.verify(signer)) {
                return null;
            }
            JWTValidator.of(jwt).validateDate(Date.from(clock.instant()));
            if (!kind.equals(jwt.getPayload("typ"))) {
                return null;
            }
            Object sessionId = jwt.getPayload("sid");
            Object oneTimeId = jwt.getPayload("jti");
            long userId = Long.parseLong(String.valueOf(jwt.getPayload("sub")));
            if (sessionId == null || userId <= 0 || REFRESH.equals(kind) && oneTimeId == null) {
                return null;
            }
            return new Claims(userId, sessionId.toString(), kind,
                    REFRESH.equals(kind) ? oneTimeId.toString() : null);
        } catch (RuntimeException malformedOrExpired) {
            return null;
        }
    }
}
