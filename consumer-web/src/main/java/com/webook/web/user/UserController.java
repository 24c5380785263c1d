package com.webook.web.user;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import cn.dev33.satoken.stp.StpUtil;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.user.v1.EditProfileRequest;
import com.webook.api.user.v1.LogInRequest;
import com.webook.api.user.v1.SignUpRequest;
import com.webook.api.user.v1.UserErrorCode;
import com.webook.api.user.v1.UserProfile;
import com.webook.api.user.v1.UserService;
import com.webook.web.auth.BearerToken;
import com.webook.web.auth.SessionTokens;
import com.webook.web.common.ApiError;
import com.webook.web.common.Envelope;
import com.webook.web.common.WebErrorCode;
import com.webook.web.limit.AbuseControls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and sessions: sign up, log in, profile, refresh, log out. */
@RestController
@RequestMapping("/users")
class UserController {

    private static final DateTimeFormatter BIRTHDAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final UserService users;
    private final SessionTokens sessions;
    private final SessionAnswers answers;
    private final AbuseControls limits;

    UserController(UserService users, SessionTokens sessions, SessionAnswers answers, AbuseControls limits) {
        this.users = users;
        this.sessions = sessions;
        this.answers = answers;
        this.limits = limits;
    }

    @PostMapping("/signup")
    Envelope<ProfileView> signUp(@Valid @RequestBody SignupRequest request) {
        if (!request.password().equals(request.confirmPassword())) {
            throw ApiError.invalid("confirmPassword must equal password");
        }
        UserProfile created = users.signUp(new SignUpRequest(request.email(), request.password()));
        return Envelope.ok(ProfileView.of(created));
    }

    /**
     * Failed log-ins count against the account and the client's address; past either limit no password is
     * checked until it lapses. Unknown and existing accounts are answered alike.
     */
    @PostMapping("/login")
    ResponseEntity<Envelope<ProfileView>> logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        UserProfile user = limits.passwordCheck(http.getRemoteAddr(), request.email(),
                () -> users.logIn(new LogInRequest(request.email(), request.password())),
                rejected -> ServiceException.is(rejected, UserErrorCode.INVALID_CREDENTIALS));
        return answers.loggedIn(user);
    }

    @GetMapping("/profile")
    Envelope<ProfileView> profile() {
        return Envelope.ok(ProfileView.of(users.getProfile(StpUtil.getLoginIdAsLong())));
    }

    @PostMapping("/edit")
    Envelope<ProfileView> edit(@Valid @RequestBody ProfileEditRequest request) {
        UserProfile edited = users.editProfile(new EditProfileRequest(StpUtil.getLoginIdAsLong(),
                request.nickname(), birthday(request.birthday()), request.aboutMe()));
        return Envelope.ok(ProfileView.of(edited));
    }

    /**
     * Send the refresh token as {@code Authorization: Bearer <refresh token>}; answers a new access token
     * and a new refresh token. The one sent is spent: sending it again ends the session.
     */
    @PostMapping("/refresh_token")
    ResponseEntity<Envelope<Void>> refresh(
            @RequestHeader(value = BearerToken.HEADER, required = false) String authorization) {
        String refreshToken = BearerToken.from(authorization);
        if (refreshToken == null) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, WebErrorCode.UNAUTHORIZED,
                    "send the refresh token as Authorization: Bearer <token>");
        }
        SessionTokens.Issued next = sessions.refresh(refreshToken);
        return ResponseEntity.ok()
                .header(BearerToken.ACCESS_TOKEN_HEADER, next.accessToken())
                .header(BearerToken.REFRESH_TOKEN_HEADER, next.refreshToken())
                .body(Envelope.ok());
    }

    @PostMapping("/logout")
    Envelope<Void> logOut() {
        sessions.logOut(StpUtil.getTokenValue());
        return Envelope.ok();
    }

    private static LocalDate birthday(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value, BIRTHDAY);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid("birthday must be a date written YYYY-MM-DD");
        }
    }
}
