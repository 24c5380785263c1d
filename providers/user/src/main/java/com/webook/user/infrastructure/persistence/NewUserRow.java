package com.webook.user.infrastructure.persistence;

import com.webook.user.domain.NewUser;

/** The values of an insert; MyBatis writes the generated id back into it. */
public final class NewUserRow {

    private Long id;
    private final String email;
    private final String passwordHash;
    private final String phone;
    private final String wechatOpenId;
    private final String wechatUnionId;
    private final long createdAt;

    NewUserRow(NewUser user) {
        this.email = user.email();
        this.passwordHash = user.passwordHash();
        this.phone = user.phone();
        this.wechatOpenId = user.wechat() == null ? null : user.wechat().openId();
        this.wechatUnionId = user.wechat() == null ? null : user.wechat().unionId();
        this.createdAt = user.createdAt().toEpochMilli();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getPhone() {
        return phone;
    }

    public String getWechatOpenId() {
        return wechatOpenId;
    }

    public String getWechatUnionId() {
        return wechatUnionId;
    }

    public long getCreatedAt() {
        return createdAt;
    }
}
