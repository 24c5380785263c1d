package com.webook.api.user.v1;

import java.io.Serializable;

/** Who WeChat says the user is: openId is per application, unionId (when present) is per developer account. */
public record WechatIdentity(String openId, String unionId) implements Serializable {
}
