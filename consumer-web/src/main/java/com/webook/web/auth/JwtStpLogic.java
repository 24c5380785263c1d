package com.webook.web.auth;

import java.util.Map;

import cn.dev33.satoken.jwt.SaJwtUtil;
import cn.dev33.satoken.jwt.StpLogicJwtForSimple;

/**
 * Sa-Token sessions whose tokens are signed JWTs carrying their account type, expiry and session id
 * ({@code ssid}), with the session state in Redis.
 *
 * <p>A token is accepted only when both hold: the JWT verifies (our signature, this account type,
 * not expired), and Sa-Token still has it in Redis (not logged out). The first check rejects forged
 * tokens, tokens of the other type (a refresh token used as an access token, or the reverse) and
 * expired ones without touching Redis; the second makes logout take effect on every instance.
 */
public class JwtStpLogic extends StpLogicJwtForSimple {

    public static final String ACCESS = "login";
    public static final String REFRESH = "refresh";

    public JwtStpLogic(String loginType) {
        super(loginType);
    }

    @Override
    public String createTokenValue(Object loginId, String deviceType, long timeout, Map<String, Object> extraData) {
        return SaJwtUtil.createToken(loginType, loginId, deviceType, timeout, extraData, jwtSecretKey());
    }

    /**
     * The header the token is read from. Sa-Token's token-name setting stays the prefix of its Redis
     * keys ({@code user:auth:<type>:token:<token>}, ...), apart from the header name.
     */
    @Override
    public String splicingKeyTokenName() {
        return BearerToken.HEADER;
    }

    @Override
    public String getLoginIdNotHandle(String tokenValue) {
        if (SaJwtUtil.getLoginIdOrNull(tokenValue, loginType, jwtSecretKey()) == null) {
            return null;
        }
        return super.getLoginIdNotHandle(tokenValue);
    }
}
