package com.webook.web.auth;

/** Reads {@code Authorization: Bearer <token>}, the scheme in any case (RFC 7235). */
public final class BearerToken {

    public static final String HEADER = "Authorization";
    public static final String ACCESS_TOKEN_HEADER = "x-jwt-token";
    public static final String REFRESH_TOKEN_HEADER = "x-refresh-token";
    /** What every 401 answers in {@code WWW-Authenticate}. */
    public static final String CHALLENGE = "Bearer realm=\"webook\"";
    private static final String PREFIX = "Bearer ";

    private BearerToken() {
    }

    /** The token, or null when the header is missing or not a bearer token. */
    public static String from(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String token = authorization.substring(PREFIX.length()).strip();
        return token.isEmpty() ? null : token;
    }
}
