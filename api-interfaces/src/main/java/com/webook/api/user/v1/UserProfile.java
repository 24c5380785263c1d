package com.webook.api.user.v1;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What callers may know about a user. Fields the user has not set are null. */
public record UserProfile(
        long id,
        String email,
        String phone,
        String nickname,
        LocalDate birthday,
        String aboutMe,
        Instant createdAt) implements Serializable {
}
