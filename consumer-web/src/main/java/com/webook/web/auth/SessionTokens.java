package com.webook.web.auth;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.dev33.satoken.exception.NotLoginException;
import cn.dev33.satoken.stp.StpLogic;
import cn.dev33.satoken.stp.parameter.SaLoginParameter;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A login session and its two tokens: a short access token for every request and a long refresh
 * token that only buys new access tokens. Both carry the session id ({@code ssid}).
 *
 * <p>Redis keeps, per session, the access tokens issued to it ({@code user:session:<ssid>:access})
 * and its refresh token ({@code user:session:<ssid>:refresh}), for as long as the refresh token
 * lives, so that logout can end every token of the session at once.
 */
public class SessionTokens {

    static final String SSID = "ssid";
    private static final String KEY_PREFIX = "user:session:";

    private final StpLogic access;
    private final StpLogic refresh;
    private final StringRedisTemplate redis;
    private final Duration accessTtl;
    private final Duration refreshTtl;

    public SessionTokens(StpLogic access, StpLogic refresh, StringRedisTemplate redis,
                         Duration accessTtl, Duration refreshTtl) {
        this.access = access;
        this.refresh = refresh;
        this.redis = redis;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    public record Issued(String accessToken, String refreshToken) {
    }

    /** Opens a session for the user and issues its two tokens. */
    public Issued logIn(long userId) {
        String ssid = UUID.randomUUID().toString();
        String refreshToken = refresh.createLoginSession(userId, parameters(refresh, refreshTtl, ssid));
        String accessToken = issueAccess(userId, ssid);
        redis.opsForValue().set(refreshKey(ssid), refreshToken, refreshTtl);
        return new Issued(accessToken, refreshToken);
    }

    /**
     * A new access token for the session of a valid refresh token.
     *
     * @throws NotLoginException when the refresh token is missing, forged, expired, of the wrong
     *                           type or its session has ended
     */
    public String refresh(String refreshToken) {
        Object userId = refresh.getLoginIdByToken(refreshToken);
        if (userId == null) {
            throw NotLoginException.newInstance(refresh.getLoginType(), NotLoginException.INVALID_TOKEN,
                    "invalid refresh token", refreshToken);
        }
        String ssid = String.valueOf(refresh.getExtra(refreshToken, SSID));
        String accessToken = issueAccess(Long.parseLong(String.valueOf(userId)), ssid);
        // A logout may have run since the check above; it revokes the refresh token before it reads
        // the session's access tokens, so checking again here closes the gap.
        if (refresh.getLoginIdByToken(refreshToken) == null) {
            access.logoutByTokenValue(accessToken);
            throw NotLoginException.newInstance(refresh.getLoginType(), NotLoginException.INVALID_TOKEN,
                    "session ended", refreshToken);
        }
        return accessToken;
    }

    /** Ends the session of this access token: it, every access token of the session and its refresh token. */
    public void logOut(String accessToken) {
        String ssid = String.valueOf(access.getExtra(accessToken, SSID));
        String refreshToken = redis.opsForValue().get(refreshKey(ssid));
        if (refreshToken != null) {
            refresh.logoutByTokenValue(refreshToken);
        }
        Set<String> accessTokens = redis.opsForSet().members(accessKey(ssid));
        if (accessTokens != null) {
            accessTokens.forEach(access::logoutByTokenValue);
        }
        access.logoutByTokenValue(accessToken);
        redis.delete(List.of(refreshKey(ssid), accessKey(ssid)));
    }

    private String issueAccess(long userId, String ssid) {
        String token = access.createLoginSession(userId, parameters(access, accessTtl, ssid));
        redis.opsForSet().add(accessKey(ssid), token);
        redis.expire(accessKey(ssid), refreshTtl);
        return token;
    }

    private static SaLoginParameter parameters(StpLogic logic, Duration ttl, String ssid) {
        return logic.createSaLoginParameter()
                .setTimeout(ttl.toSeconds())
                .setIsWriteHeader(false)
                .setExtra(SSID, ssid);
    }

    private static String accessKey(String ssid) {
        return KEY_PREFIX + ssid + ":access";
    }

    private static String refreshKey(String ssid) {
        return KEY_PREFIX + ssid + ":refresh";
    }
}
