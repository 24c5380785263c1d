package com.webook.web.user;

import jakarta.validation.constraints.NotNull;

/** Asks for a login code by SMS. */
public record SmsCodeRequest(@NotNull String phone) {
}
