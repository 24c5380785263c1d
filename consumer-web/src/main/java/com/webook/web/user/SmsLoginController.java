package com.webook.web.user;

import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.code.v1.CodeService;
import com.webook.api.common.v1.ServiceException;
import com.webook.api.user.v1.UserService;
import com.webook.web.common.Envelope;
import com.webook.web.limit.AbuseControls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Logging in with a phone number and a 6-digit code sent by SMS. The first login with a number
 * creates its account. Public paths: the code is what proves who the user is.
 */
@RestController
@RequestMapping("/users/login_sms")
class SmsLoginController {

    /** The purpose the codes are drawn for; a login code cannot be spent elsewhere. */
    static final String BIZ = "login";

    private final CodeService codes;
    private final UserService users;
    private final SessionAnswers answers;
    private final AbuseControls limits;

    SmsLoginController(CodeService codes, UserService users, SessionAnswers answers, AbuseControls limits) {
        this.codes = codes;
        this.users = users;
        this.answers = answers;
        this.limits = limits;
    }

    /** Within the limits per client address, per number and overall (see AbuseControls). */
    @PostMapping("/code/send")
    Envelope<Void> sendCode(@Valid @RequestBody SmsCodeRequest request, HttpServletRequest http) {
        String phone = PhoneNumbers.canonical(request.phone());
        limits.sendingCode(http.getRemoteAddr(), phone);
        codes.send(BIZ, phone);
        return Envelope.ok();
    }

    /** Wrong codes count against the number; once its daily allowance is spent, no code is checked. */
    @PostMapping
    ResponseEntity<Envelope<ProfileView>> logIn(@Valid @RequestBody SmsLoginRequest request) {
        String phone = PhoneNumbers.canonical(request.phone());
        limits.codeCheck(phone, () -> {
            codes.verify(BIZ, phone, request.code());
            return null;
        }, rejected -> ServiceException.is(rejected, CodeErrorCode.WRONG_CODE, CodeErrorCode.TOO_MANY_ATTEMPTS));
        return answers.loggedIn(users.findOrCreateByPhone(phone));
    }
}
