package com.webook.web.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The rules of email and password are the user provider's; here only their shape is checked. */
public record SignupRequest(
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 64) String password,
        @NotBlank @Size(max = 64) String confirmPassword) {

    @Override
    public String toString() {
        return "SignupRequest[email=" + email + "]";
    }
}
