package com.webook.user.domain;

import java.nio.charset.StandardCharsets;

/**
 * The password rule users of the original webook know: at least 8 characters with a letter, a
 * digit and one of {@code $@!%*#?&}. Other characters are allowed. At most 64 characters and 72
 * bytes, because bcrypt ignores everything past its 72nd byte.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final String SPECIALS = "$@!%*#?&";
    private static final int BCRYPT_MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.isEmpty()) {
            throw UserRejected.invalid("password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            throw UserRejected.invalid("password must have 8 to 64 characters");
        }
        boolean letter = false;
        boolean digit = false;
        boolean special = false;
        for (char c : password.toCharArray()) {
            letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            digit |= c >= '0' && c <= '9';
            special |= SPECIALS.indexOf(c) >= 0;
        }
        if (!(letter && digit && special)) {
            throw UserRejected.invalid("password must contain a letter, a digit and one of " + SPECIALS);
        }
    }
}
