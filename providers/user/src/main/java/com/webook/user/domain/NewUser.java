package com.webook.user.domain;

import java.time.Instant;

/** A user about to be created through one of the ways in: email and password, phone, or WeChat. */
public record NewUser(String email, String passwordHash, String phone, WechatAccount wechat, Instant createdAt) {

    public static NewUser withEmail(String email, String passwordHash, Instant now) {
        return new NewUser(email, passwordHash, null, null, now);
    }

    public static NewUser withPhone(String phone, Instant now) {
        return new NewUser(null, null, phone, null, now);
    }

    public static NewUser withWechat(WechatAccount wechat, Instant now) {
        return new NewUser(null, null, null, wechat, now);
    }
}
