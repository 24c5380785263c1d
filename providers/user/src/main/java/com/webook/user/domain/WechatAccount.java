package com.webook.user.domain;

/** A WeChat identity: openId always, unionId when the app is bound to an open-platform account. */
public record WechatAccount(String openId, String unionId) {

    private static final int MAX_LENGTH = 128;

    public WechatAccount {
        if (openId == null || openId.isBlank() || openId.length() > MAX_LENGTH) {
            throw UserRejected.invalid("wechat openId is required and has at most 128 characters");
        }
        if (unionId != null && (unionId.isBlank() || unionId.length() > MAX_LENGTH)) {
            throw UserRejected.invalid("wechat unionId has 1 to 128 characters when given");
        }
    }

    public boolean hasUnionId() {
        return unionId != null;
    }
}
