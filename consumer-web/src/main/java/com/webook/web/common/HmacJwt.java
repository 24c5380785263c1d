package com.webook.web.common;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import cn.hutool.jwt.JWT;
import cn.hutool.jwt.JWTValidator;
import cn.hutool.jwt.signers.JWTSigner;
import cn.hutool.jwt.signers.JWTSignerUtil;

/**
 * JWTs this app signs and checks itself: HS256 with a key of at least {@value #MIN_KEY_BYTES} bytes,
 * always with an expiry. One per purpose and key (session tokens, the WeChat login state).
 */
public final class HmacJwt {

    private static final int MIN_KEY_BYTES = 32;

    private final JWTSigner signer;
    private final Clock clock;

    /** @param setting the setting the key comes from, named when it is missing or too short */
    public HmacJwt(String key, String setting, Clock clock) {
        byte[] bytes = Objects.requireNonNull(key, setting).getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(setting + " must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.signer = JWTSignerUtil.hs256(bytes);
        this.clock = clock;
    }

    /** A token carrying {@code claims} that expires {@code ttl} from now. */
    public String sign(Map<String, ?> claims, Duration ttl) {
        JWT jwt = JWT.create();
        claims.forEach(jwt::setPayload);
        return jwt.setExpiresAt(Date.from(clock.instant().plus(ttl))).setSigner(signer).sign();
    }

    /** The token, when it is well-formed, HS256, signed with this key and not expired; otherwise null. */
    public JWT verified(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            JWT jwt = JWT.of(token);
            if (!"HS256".equals(jwt.getAlgorithm()) || !jwt.verify(signer)) {
                return null;
            }
            JWTValidator.of(jwt).validateDate(Date.from(clock.instant()));
            return jwt;
        } catch (RuntimeException malformedOrExpired) {
            return null;
        }
    }
}
