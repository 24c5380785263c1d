package com.webook.web.auth;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login sessions and their two tokens: a short access token for every request, and a long refresh token
 * that buys the next pair once.
 *
 * <ul>
 *   <li>An access token is accepted while it verifies and its session lives; logging out ends the session,
 *       so every token of it is refused at once on every instance.</li>
 *   <li>A refresh token rotates: using it answers a new access token and a new refresh token, and the old
 *       refresh token is spent. Presenting a spent one again means a copy of it exists: the session is
 *       ended (theft detection). The only exception is a concurrent refresh of the same token within
 *       {@code grace} (two tabs at once): it is refused and the session goes on.</li>
 *   <li>However often it is refreshed, a session ends its maximum lifetime after the login
 *       ({@code webook.auth.max-lifetime}, 30 days): a stolen refresh token that keeps rotating dies too.</li>
 *   <li>Refreshing never ends another session. A user has at most {@code maxSessions}; a login beyond that
 *       ends the least recently used one.</li>
 * </ul>
 * Redis holds sessions, never tokens (see {@link RedisSessionStore}). Checking an access token costs no
 * call to Redis: the signature and expiry are checked here, and whether its session ended is known from
 * {@link EndedSessions}, which every instance keeps up to date from one stream; only when that view is
 * behind is the session looked up in Redis. An access token never outlives its session's maximum
 * lifetime: its expiry is clamped to it.
 */
public class SessionTokens {

    private static final Logger log = LoggerFactory.getLogger(SessionTokens.class);

    private final TokenCodec codec;
    private final RedisSessionStore store;
    private final EndedSessions ended;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final int maxSessions;
    private final Duration grace;

    SessionTokens(TokenCodec codec, RedisSessionStore store, EndedSessions ended, Duration accessTtl,
                  Duration refreshTtl, int maxSessions, Duration grace) {
        if (refreshTtl.compareTo(accessTtl) < 0) {
            throw new IllegalArgumentException("a refresh token must live at least as long as an access token");
        }
        this.codec = codec;
        this.store = store;
        this.ended = ended;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.maxSessions = maxSessions;
        this.grace = grace;
    }

    public record Issued(String accessToken, String refreshToken) {

        @Override
        public String toString() {
            return "Issued[tokens]";
        }
    }

    /** Thrown when a token cannot be used: the caller answers 401. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Opens a session for the user and issues its two tokens. */
    public Issued logIn(long userId) {
        String sessionId = UUID.randomUUID().toString();
        String refreshId = oneTimeId();
        Issued issued = issue(userId, sessionId, refreshId, accessTtl);
        for (String pushedOut : store.open(userId, sessionId, refreshId, refreshTtl, maxSessions)) {
            ended.announce(pushedOut);
        }
        return issued;
    }

    /**
     * The next pair of tokens for the session of a refresh token, which is spent by this.
     *
     * @throws Refused when the token is not a valid refresh token, its session has ended, or it was spent
     *                 before (which ends its session)
     */
    public Issued refresh(String refreshToken) {
        TokenCodec.Claims claims = codec.verify(refreshToken, TokenCodec.REFRESH);
        if (claims == null) {
            throw new Refused("not a valid refresh token");
        }
        String nextId = oneTimeId();
        RedisSessionStore.Rotated rotated =
                store.rotate(claims.userId(), claims.sessionId(), claims.oneTimeId(), nextId, refreshTtl, grace);
        switch (rotated.outcome()) {
            case ROTATED -> {
                Duration access = rotated.left().compareTo(accessTtl) < 0 ? rotated.left() : accessTtl;
                return issue(claims.userId(), claims.sessionId(), nextId, access);
            }
            case JUST_REPLACED -> throw new Refused("this refresh token was just used; use the tokens it returned");
            case REUSED -> {
                log.warn("a spent refresh token of user {} was presented again; its session is ended", claims.userId());
                ended.announce(claims.sessionId());
                throw new Refused("this refresh token was already used; the session is ended, log in again");
            }
            default -> throw new Refused("the session has ended");
        }
    }

    /** The user of a valid access token whose session lives, or null. */
    public Long userOf(String accessToken) {
        TokenCodec.Claims claims = codec.verify(accessToken, TokenCodec.ACCESS);
        if (claims == null) {
            return null;
        }
        Boolean over = ended.isEnded(claims.sessionId());
        if (over == null) {
            over = !store.isLive(claims.userId(), claims.sessionId());
        }
        return over ? null : claims.userId();
    }

    /**
     * Ends the session of this access token: it, every other access token of it and its refresh token, on
     * every instance.
     */
    public void logOut(String accessToken) {
        TokenCodec.Claims claims = codec.verify(accessToken, TokenCodec.ACCESS);
        if (claims != null) {
            ended.announce(claims.sessionId());
            store.close(claims.userId(), claims.sessionId());
        }
    }

    private Issued issue(long userId, String sessionId, String refreshId, Duration access) {
        return new Issued(
                codec.sign(new TokenCodec.Claims(userId, sessionId, TokenCodec.ACCESS, null), access),
                codec.sign(new TokenCodec.Claims(userId, sessionId, TokenCodec.REFRESH, refreshId), refreshTtl));
    }

    private static String oneTimeId() {
        return TokenCodec.randomId();
    }
}
