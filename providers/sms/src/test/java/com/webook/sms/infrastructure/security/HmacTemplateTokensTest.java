package com.webook.sms.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.sms.domain.Rejection;
import com.webook.sms.domain.SmsRejected;
import com.webook.sms.domain.TemplateGrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HmacTemplateTokensTest {

    static final String DEV_KEY = "dev-only-sms-template-token-key-change-me";
    /** Other services (the code provider's default configuration) depend on exactly this token. */
    static final String KNOWN_TOKEN = "v1.eyJjYWxsZXIiOiJ3ZWJvb2stY29kZSIsInRlbXBsYXRlIjoibG9naW5fY29kZSJ9"
            + ".14HlwJkEk5GdDNgNUv6yWBrKP0MQX1NqGLRpxXcvKBE";
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    final HmacTemplateTokens tokens = new HmacTemplateTokens(DEV_KEY, new ObjectMapper(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theDevelopmentTokenOfTheCodeServiceVerifies() {
        assertThat(tokens.verify(KNOWN_TOKEN)).isEqualTo(new TemplateGrant("webook-code", "login_code", null));
    }

    @Test
    void issuingWithoutExpiryGivesTheSameBytes() {
        assertThat(tokens.issue("webook-code", "login_code", null)).isEqualTo(KNOWN_TOKEN);
    }

    @Test
    void anIssuedTokenWithExpiryVerifiesUntilItExpires() {
        String token = tokens.issue("webook-article", "login_code", NOW.plusSeconds(60));

        assertThat(tokens.verify(token)).isEqualTo(new TemplateGrant("webook-article", "login_code", NOW.plusSeconds(60)));
        HmacTemplateTokens later = new HmacTemplateTokens(DEV_KEY, new ObjectMapper(),
                Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        assertThat(catchThrowableOfType(SmsRejected.class, () -> later.verify(token)))
                .hasMessage("the template token has expired");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            missing                          | NULL
            empty                            | ''
            blank                            | '   '
            two parts                        | v1.eyJjYWxsZXIiOiJ3ZWJvb2stY29kZSIsInRlbXBsYXRlIjoibG9naW5fY29kZSJ9
            four parts                       | {token}.x
            other version                    | v2{tail}
            signature of another payload     | {forged-payload}
            signature flipped                | {flipped}
            signature not base64             | v1.eyJjYWxsZXIiOiJ3ZWJvb2stY29kZSIsInRlbXBsYXRlIjoibG9naW5fY29kZSJ9.!!!
            signed with another key          | {other-key}
            payload not JSON                 | {signed:not json}
            payload without template         | {signed:{"caller":"webook-code"}}
            payload with numeric template    | {signed:{"caller":"webook-code","template":7}}
            payload with text expiry         | {signed:{"caller":"c","template":"login_code","exp":"soon"}}
            payload an array                 | {signed:["login_code"]}
            expired                          | {signed:{"caller":"c","template":"login_code","exp":1772323199}}
            expiring right now               | {signed:{"caller":"c","template":"login_code","exp":1772323200}}
            """)
    void refusesEveryBadToken(String name, String token) {
        String resolved = resolve(token);

        SmsRejected rejected = catchThrowableOfType(SmsRejected.class, () -> tokens.verify(resolved));

        assertThat(rejected).as(name).isNotNull();
        assertThat(rejected.rejection()).isEqualTo(Rejection.UNAUTHORIZED);
    }

    @Test
    void aTokenExpiringInTheFutureVerifies() {
        String token = signed("{\"caller\":\"c\",\"template\":\"login_code\",\"exp\":1772323201}", DEV_KEY);

        assertThat(tokens.verify(token).expiresAt()).isEqualTo(Instant.ofEpochSecond(1772323201));
    }

    @Test
    void theOperatorsCommandIssuesWhatTheProviderAccepts() {
        String token = IssueTemplateToken.issue(DEV_KEY, "webook-code", "login_code", Duration.ofDays(1),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens.verify(token)).isEqualTo(new TemplateGrant("webook-code", "login_code", NOW.plus(Duration.ofDays(1))));
    }

    private static String resolve(String token) {
        if (token == null) {
            return null;
        }
        String[] parts = KNOWN_TOKEN.split("\\.");
        if (token.startsWith("{signed:")) {
            return signed(token.substring(8, token.length() - 1), DEV_KEY);
        }
        return switch (token) {
            case "{token}.x" -> KNOWN_TOKEN + ".x";
            case "v2{tail}" -> "v2." + parts[1] + "." + parts[2];
            case "{forged-payload}" -> "v1." + b64("{\"caller\":\"webook-code\",\"template\":\"promotion\"}") + "." + parts[2];
            case "{flipped}" -> "v1." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
            case "{other-key}" -> signed("{\"caller\":\"webook-code\",\"template\":\"login_code\"}", "another-key");
            default -> token;
        };
    }

    private static String signed(String payload, String key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String body = "v1." + b64(payload);
            return body + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
