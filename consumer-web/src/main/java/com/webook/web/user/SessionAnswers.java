package com.webook.web.user;

import com.webook.api.user.v1.UserProfile;
import com.webook.web.auth.BearerToken;
import com.webook.web.auth.SessionTokens;
import com.webook.web.common.Envelope;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one answer to every successful login, whatever proved who the user is (password, SMS code,
 * WeChat): a new session, its access token in {@code x-jwt-token}, its refresh token in
 * {@code x-refresh-token}, and the profile in the body.
 */
@Component
public class SessionAnswers {

    private final SessionTokens sessions;

    SessionAnswers(SessionTokens sessions) {
        this.sessions = sessions;
    }

    public ResponseEntity<Envelope<ProfileView>> loggedIn(UserProfile user) {
        SessionTokens.Issued tokens = sessions.logIn(user.id());
        return ResponseEntity.ok()
                .header(BearerToken.ACCESS_TOKEN_HEADER, tokens.accessToken())
                .header(BearerToken.REFRESH_TOKEN_HEADER, tokens.refreshToken())
                .body(Envelope.ok(ProfileView.of(user)));
    }
}
