package com.webook.web.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who an anonymous reader is, as far as counting reads goes: the client's address and user agent, as a
 * digest (neither leaves consumer-web). Readers behind one address with one browser count as one.
 */
final class AnonymousReaders {

    private AnonymousReaders() {
    }

    static String keyOf(HttpServletRequest request) {
        String userAgent = request.getHeader("User-Agent");
        String client = request.getRemoteAddr() + "\n" + (userAgent == null ? "" : userAgent);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
