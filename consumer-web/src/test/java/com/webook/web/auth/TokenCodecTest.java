package com.webook.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.webook.governance.testkit.MutableClock;
import com.webook.web.auth.TokenCodec.Claims;
import org.junit.jupiter.api.Test;

class TokenCodecTest {

    private static final String KEY = "a-test-signing-key-of-at-least-32-bytes";
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private final TokenCodec codec = new TokenCodec(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Claims access = new Claims(42, "session-1", TokenCodec.ACCESS, null);
    private final Claims refresh = new Claims(42, "session-1", TokenCodec.REFRESH, "once");

    @Test
    void aTokenVerifiesAsWhatItWasSignedAs() {
        assertThat(codec.verify(codec.sign(access, Duration.ofMinutes(30)), TokenCodec.ACCESS)).isEqualTo(access);
        assertThat(codec.verify(codec.sign(refresh, Duration.ofDays(7)), TokenCodec.REFRESH)).isEqualTo(refresh);
    }

    @Test
    void oneKindIsNeverTheOther() {
        assertThat(codec.verify(codec.sign(access, Duration.ofMinutes(30)), TokenCodec.REFRESH)).isNull();
        assertThat(codec.verify(codec.sign(refresh, Duration.ofDays(7)), TokenCodec.ACCESS)).isNull();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = codec.sign(access, Duration.ofMinutes(30));
        TokenCodec later = new TokenCodec(KEY, Clock.fixed(NOW.plus(Duration.ofMinutes(31)), ZoneOffset.UTC));

        assertThat(later.verify(token, TokenCodec.ACCESS)).isNull();
    }

    @Test
    void aTokenVerifiedBeforeIsRefusedOnceItExpires() {
        MutableClock clock = new MutableClock(NOW);
        TokenCodec moving = new TokenCodec(KEY, clock);
        String token = moving.sign(access, Duration.ofMinutes(30));
        assertThat(moving.verify(token, TokenCodec.ACCESS)).isEqualTo(access);
        assertThat(moving.verify(token, TokenCodec.ACCESS)).as("again, from what it learnt").isEqualTo(access);

        clock.advance(Duration.ofMinutes(31));

        assertThat(moving.verify(token, TokenCodec.ACCESS)).isNull();
    }

    @Test
    void forgedOrAlteredTokensAreRefused() {
        String token = codec.sign(access, Duration.ofMinutes(30));
        String[] parts = token.split("\\.");
        String otherUser = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"1\",\"sid\":\"session-1\",\"typ\":\"access\",\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8));
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        TokenCodec otherKey = new TokenCodec("another-signing-key-of-at-least-32-bytes", Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(codec.verify(parts[0] + "." + otherUser + "." + parts[2], TokenCodec.ACCESS)).isNull();
        assertThat(codec.verify(none + "." + parts[1] + ".", TokenCodec.ACCESS)).isNull();
        assertThat(codec.verify(otherKey.sign(access, Duration.ofMinutes(30)), TokenCodec.ACCESS)).isNull();
        assertThat(codec.verify("not-a-jwt", TokenCodec.ACCESS)).isNull();
        assertThat(codec.verify(null, TokenCodec.ACCESS)).isNull();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new TokenCodec("short", Clock.systemUTC())).hasMessageContaining("32 bytes");
    }
}
