package com.webook.sms.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.sms.domain.SmsRejected;
import com.webook.sms.domain.TemplateAuthority;
import com.webook.sms.domain.TemplateGrant;

/**
 * Template tokens, a fixed format other services depend on:
 * {@code v1.<base64url(payload)>.<base64url(HMAC-SHA256(key, "v1." + base64url(payload)))>}, both parts
 * without padding, the payload a JSON object {@code {"caller":"webook-code","template":"login_code"}}
 * with an optional numeric {@code "exp"} (epoch seconds). The signature is checked, in constant
 * time, over the payload exactly as received.
 */
public final class HmacTemplateTokens implements TemplateAuthority {

    public static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TOKEN_LENGTH = 2048;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final ObjectMapper json;
    private final Clock clock;

    public HmacTemplateTokens(String key, ObjectMapper json, Clock clock) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("webook.sms.template-token-key is required");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.json = json;
        this.clock = clock;
    }

    /** Issues a token that lets {@code caller} use {@code template}, until {@code expiresAt} if not null. */
    public String issue(String caller, String template, Instant expiresAt) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("caller", caller);
        payload.put("template", template);
        if (expiresAt != null) {
            payload.put("exp", expiresAt.getEpochSecond());
        }
        try {
            String encoded = ENCODER.encodeToString(json.writeValueAsBytes(payload));
            return VERSION + "." + encoded + "." + ENCODER.encodeToString(sign(VERSION + "." + encoded));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a token payload", e);
        }
    }

    @Override
    public TemplateGrant verify(String token) {
        if (token == null || token.isBlank()) {
            throw SmsRejected.unauthorized("a template token is required");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw forged();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw forged();
        }
        byte[] given;
        try {
            given = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException notBase64) {
            throw forged();
        }
        byte[] expected = sign(VERSION + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, given)) {
            throw forged();
        }
        TemplateGrant grant = parse(parts[1]);
        if (grant.expiresAt() != null && !clock.instant().isBefore(grant.expiresAt())) {
            throw SmsRejected.unauthorized("the template token has expired");
        }
        return grant;
    }

    private TemplateGrant parse(String encodedPayload) {
        JsonNode payload;
        try {
            payload = json.readTree(DECODER.decode(encodedPayload));
        } catch (IllegalArgumentException | java.io.IOException unreadable) {
            throw forged();
        }
        if (payload == null || !payload.isObject()
                || !payload.path("caller").isTextual() || !payload.path("template").isTextual()) {
            throw forged();
        }
        JsonNode exp = payload.get("exp");
        if (exp != null && !exp.isIntegralNumber()) {
            throw forged();
        }
        return new TemplateGrant(payload.get("caller").asText(), payload.get("template").asText(),
                exp == null ? null : Instant.ofEpochSecond(exp.asLong()));
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static SmsRejected forged() {
        return SmsRejected.unauthorized("the template token is not valid");
    }
}
