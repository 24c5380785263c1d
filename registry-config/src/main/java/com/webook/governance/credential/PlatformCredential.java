package com.webook.governance.credential;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The credential every platform caller presents to a provider: an HMAC-SHA256, under the
 * platform's shared secret, of the call's time, service and method. The secret itself never
 * travels; a captured credential is good only for the same method within the allowed skew.
 */
public final class PlatformCredential {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration allowedSkew;
    private final Clock clock;

    public PlatformCredential(String secret, Duration allowedSkew, Clock clock) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the platform credential secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.allowedSkew = allowedSkew;
        this.clock = clock;
    }

    /** A fresh credential for calling {@code method} of {@code service} now. */
    public Signed sign(String service, String method) {
        long now = clock.millis();
        return new Signed(now, signature(now, service, method));
    }

    /** Whether the presented values are a valid, current credential for this call. */
    public Verdict verify(String timestamp, String signature, String service, String method) {
        if (timestamp == null || signature == null) {
            return Verdict.MISSING;
        }
        long issuedAt;
        try {
            issuedAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        if (Math.abs(clock.millis() - issuedAt) > allowedSkew.toMillis()) {
            return Verdict.EXPIRED;
        }
        byte[] expected = signature(issuedAt, service, method).getBytes(StandardCharsets.US_ASCII);
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented) ? Verdict.VALID : Verdict.INVALID;
    }

    private String signature(long issuedAt, String service, String method) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            String payload = issuedAt + "\n" + service + "\n" + method;
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    public record Signed(long timestamp, String signature) {
    }

    public enum Verdict {
        VALID, MISSING, EXPIRED, INVALID
    }
}
