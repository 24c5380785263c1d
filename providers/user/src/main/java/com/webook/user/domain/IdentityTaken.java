package com.webook.user.domain;

/** Storing a new user failed because another user already holds one of its identities. */
public final class IdentityTaken extends RuntimeException {

    public enum Identity { EMAIL, PHONE, WECHAT }

    private final Identity identity;

    public IdentityTaken(Identity identity) {
        super(identity + " is already taken", null, false, false);
        this.identity = identity;
    }

    public Identity identity() {
        return identity;
    }
}
