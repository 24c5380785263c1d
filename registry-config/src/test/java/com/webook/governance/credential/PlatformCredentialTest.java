package com.webook.governance.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import com.webook.governance.credential.PlatformCredential.Signed;
import com.webook.governance.credential.PlatformCredential.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlatformCredentialTest {

    private static final String SECRET = "a-secret-of-enough-length";
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String SERVICE = "com.webook.api.user.v1.UserService";

    private static PlatformCredential at(Instant instant, String secret) {
        return new PlatformCredential(secret, Duration.ofMinutes(5), Clock.fixed(instant, ZoneOffset.UTC));
    }

    static Stream<Arguments> cases() {
        Signed good = at(NOW, SECRET).sign(SERVICE, "getProfile");
        String ts = Long.toString(good.timestamp());
        Signed otherSecret = at(NOW, "another-secret-of-enough-length").sign(SERVICE, "getProfile");
        Signed old = at(NOW.minus(Duration.ofMinutes(6)), SECRET).sign(SERVICE, "getProfile");
        Signed future = at(NOW.plus(Duration.ofMinutes(6)), SECRET).sign(SERVICE, "getProfile");
        Signed withinSkew = at(NOW.minus(Duration.ofMinutes(4)), SECRET).sign(SERVICE, "getProfile");
        return Stream.of(
                Arguments.of("valid", ts, good.signature(), "getProfile", Verdict.VALID),
                Arguments.of("issued 4 minutes ago", Long.toString(withinSkew.timestamp()), withinSkew.signature(),
                        "getProfile", Verdict.VALID),
                Arguments.of("no timestamp", null, good.signature(), "getProfile", Verdict.MISSING),
                Arguments.of("no signature", ts, null, "getProfile", Verdict.MISSING),
                Arguments.of("timestamp not a number", "yesterday", good.signature(), "getProfile", Verdict.INVALID),
                Arguments.of("signed with another secret", ts, otherSecret.signature(), "getProfile", Verdict.INVALID),
                Arguments.of("replayed for another method", ts, good.signature(), "editProfile", Verdict.INVALID),
                Arguments.of("timestamp changed", Long.toString(good.timestamp() + 1), good.signature(), "getProfile",
                        Verdict.INVALID),
                Arguments.of("issued 6 minutes ago", Long.toString(old.timestamp()), old.signature(), "getProfile",
                        Verdict.EXPIRED),
                Arguments.of("issued 6 minutes ahead", Long.toString(future.timestamp()), future.signature(),
                        "getProfile", Verdict.EXPIRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verifies(String name, String timestamp, String signature, String method, Verdict expected) {
        assertThat(at(NOW, SECRET).verify(timestamp, signature, SERVICE, method)).isEqualTo(expected);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> at(NOW, "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 characters");
    }
}
