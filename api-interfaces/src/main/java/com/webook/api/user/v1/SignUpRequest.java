package com.webook.api.user.v1;

import java.io.Serializable;

/** A new account: the email and the password in clear (it is hashed by the provider and never stored). */
public record SignUpRequest(String email, String password) implements Serializable {

    @Override
    public String toString() {
        return "SignUpRequest[email=" + email + ", password=***]";
    }
}
