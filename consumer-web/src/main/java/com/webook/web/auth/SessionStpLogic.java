package com.webook.web.auth;

import cn.dev33.satoken.context.SaHolder;
import cn.dev33.satoken.context.model.SaStorage;
import cn.dev33.satoken.stp.StpLogic;

/**
 * Sa-Token's view of our sessions: the token comes from {@code Authorization: Bearer <token>} (the scheme
 * in any case), and it names a user while {@link SessionTokens} accepts it as an access token. The answer
 * is kept for the rest of the request, so checking the login and reading the user later cost one look-up.
 */
public class SessionStpLogic extends StpLogic {

    public static final String LOGIN_TYPE = "login";
    private static final String RESOLVED = "webook.session-user:";
    private static final String NOBODY = "";

    private final SessionTokens sessions;

    public SessionStpLogic(SessionTokens sessions) {
        super(LOGIN_TYPE);
        this.sessions = sessions;
    }

    @Override
    public String getTokenValueNotCut() {
        return SaHolder.getRequest().getHeader(BearerToken.HEADER);
    }

    @Override
    public String getTokenValue(boolean noPrefixThrowException) {
        return BearerToken.from(getTokenValueNotCut());
    }

    @Override
    public String getLoginIdNotHandle(String tokenValue) {
        if (tokenValue == null) {
            return null;
        }
        SaStorage storage = SaHolder.getStorage();
        Object resolved = storage.get(RESOLVED + tokenValue);
        if (resolved instanceof String known) {
            return known.equals(NOBODY) ? null : known;
        }
        Long userId = sessions.userOf(tokenValue);
        String answer = userId == null ? null : userId.toString();
        storage.set(RESOLVED + tokenValue, answer == null ? NOBODY : answer);
        return answer;
    }
}
