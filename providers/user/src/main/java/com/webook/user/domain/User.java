package com.webook.user.domain;

import java.time.Instant;

/** A user: the identities they log in with and their profile. Credentials are kept apart. */
public record User(UserId id, String email, String phone, WechatAccount wechat, Profile profile, Instant createdAt) {

    public User withProfile(Profile edited) {
        return new User(id, email, phone, wechat, edited, createdAt);
    }
}
