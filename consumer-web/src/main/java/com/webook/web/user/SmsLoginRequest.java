package com.webook.web.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Logs in with the code received by SMS. */
public record SmsLoginRequest(
        @NotNull String phone,
        @NotNull @Pattern(regexp = "^[0-9]{6}$", message = "must be the 6 digits received by SMS") String code) {

    @Override
    public String toString() {
        return "SmsLoginRequest[phone=" + phone + "]";
    }
}
