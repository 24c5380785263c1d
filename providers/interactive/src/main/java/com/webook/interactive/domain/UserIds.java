package com.webook.interactive.domain;

/** The rule for user ids: positive for anything that writes; 0 (anonymous) is allowed where reading. */
public final class UserIds {

    private UserIds() {
    }

    public static long acting(long userId) {
        if (userId <= 0) {
            throw InteractiveRejected.invalid("userId must be positive");
        }
        return userId;
    }

    public static long viewing(long userId) {
        if (userId < 0) {
            throw InteractiveRejected.invalid("userId must not be negative");
        }
        return userId;
    }
}
