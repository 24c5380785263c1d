package com.webook.user.infrastructure.persistence;

import java.time.Instant;
import java.time.LocalDate;

import com.webook.user.domain.Credentials;
import com.webook.user.domain.Profile;
import com.webook.user.domain.User;
import com.webook.user.domain.UserId;
import com.webook.user.domain.WechatAccount;

/** One row of {@code users}, as MyBatis reads it. */
public record UserRow(
        long id,
        String email,
        String passwordHash,
        String phone,
        String wechatOpenId,
        String wechatUnionId,
        String nickname,
        LocalDate birthday,
        String aboutMe,
        long createdAt,
        long updatedAt) {

    User toUser() {
        WechatAccount wechat = wechatOpenId == null ? null : new WechatAccount(wechatOpenId, wechatUnionId);
        return new User(new UserId(id), email, phone, wechat, new Profile(nickname, birthday, aboutMe),
                Instant.ofEpochMilli(createdAt));
    }

    Credentials toCredentials() {
        return new Credentials(new UserId(id), passwordHash);
    }

    @Override
    public String toString() {
        return "UserRow[id=" + id + "]";
    }
}
