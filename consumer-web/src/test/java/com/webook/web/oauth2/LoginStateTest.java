package com.webook.web.oauth2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoginStateTest {

    private static final String KEY = "a-state-key-of-at-least-32-bytes-long";
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final LoginState states = new LoginState(KEY, Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theCallbackWithTheIssuedStateAndItsCookieMatches() {
        LoginState.Issued issued = states.issue();

        assertThat(issued.state()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(states.matches(issued.cookieValue(), issued.state())).isTrue();
    }

    @Test
    void everyAttemptGetsItsOwnState() {
        assertThat(states.issue().state()).isNotEqualTo(states.issue().state());
    }

    static Stream<Arguments> refusals() {
        return Stream.<Arguments>of(
                Arguments.of("no cookie", (Function<LoginState.Issued, String[]>) i -> new String[] {null, i.state()}),
                Arguments.of("no state", (Function<LoginState.Issued, String[]>) i -> new String[] {i.cookieValue(), null}),
                Arguments.of("empty state", (Function<LoginState.Issued, String[]>) i -> new String[] {i.cookieValue(), ""}),
                Arguments.of("another state", (Function<LoginState.Issued, String[]>) i -> new String[] {i.cookieValue(), "x" + i.state()}),
                Arguments.of("garbage cookie", (Function<LoginState.Issued, String[]>) i -> new String[] {"not.a.jwt", i.state()}),
                Arguments.of("tampered signature", (Function<LoginState.Issued, String[]>) i ->
                        new String[] {i.cookieValue().substring(0, i.cookieValue().length() - 2) + "AA", i.state()}),
                Arguments.of("unsigned (alg none)", (Function<LoginState.Issued, String[]>) i ->
                        new String[] {unsigned(i.state()), i.state()}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aCallbackThatIsNotTheOneIssuedIsRefused(String name, Function<LoginState.Issued, String[]> callback) {
        String[] cookieAndState = callback.apply(states.issue());

        assertThat(states.matches(cookieAndState[0], cookieAndState[1])).isFalse();
    }

    @Test
    void aCookieSignedWithAnotherKeyIsRefused() {
        LoginState other = new LoginState("another-state-key-of-at-least-32-bytes", Duration.ofMinutes(10),
                Clock.fixed(NOW, ZoneOffset.UTC));
        LoginState.Issued issued = other.issue();

        assertThat(states.matches(issued.cookieValue(), issued.state())).isFalse();
    }

    @Test
    void aStateOlderThanItsLifetimeIsRefused() {
        LoginState.Issued issued = states.issue();
        LoginState later = new LoginState(KEY, Duration.ofMinutes(10),
                Clock.fixed(NOW.plus(Duration.ofMinutes(10)).plusSeconds(2), ZoneOffset.UTC));

        assertThat(later.matches(issued.cookieValue(), issued.state())).isFalse();
    }

    @Test
    void aShortKeyIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new LoginState("short", Duration.ofMinutes(10), Clock.systemUTC()))
                .hasMessageContaining("32 bytes");
    }

    private static String unsigned(String state) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"state\":\"" + state + "\",\"exp\":9999999999}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
