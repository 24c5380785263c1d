package com.webook.api.user.v1;

import java.io.Serializable;

public record LogInRequest(String email, String password) implements Serializable {

    @Override
    public String toString() {
        return "LogInRequest[email=" + email + ", password=***]";
    }
}
