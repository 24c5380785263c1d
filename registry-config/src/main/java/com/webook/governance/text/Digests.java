package com.webook.governance.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Names for values that must not be stored or logged as they are (tokens' one-time ids, addresses, phone
 * numbers, readers): their SHA-256, URL-safe base64, as long as the use needs.
 */
public final class Digests {

    private Digests() {
    }

    /** The first {@code bytes} (1–32) bytes of the SHA-256 of {@code value}'s UTF-8, URL-safe, unpadded. */
    public static String sha256(String value, int bytes) {
        if (bytes < 1 || bytes > 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 1 to 32 bytes, not " + bytes);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
