package com.webook.code.domain;

import java.util.regex.Pattern;

/**
 * Whom a code is for and what for: a business purpose ({@code login}, ...) and a phone number as the
 * caller normalized it. A code drawn for one purpose cannot be spent on another.
 */
public record CodeTarget(String biz, String phone) {

    private static final Pattern BIZ = Pattern.compile("^[a-z0-9_]{1,32}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{5,20}$");

    public CodeTarget {
        if (biz == null || !BIZ.matcher(biz).matches()) {
            throw CodeRejected.invalid("biz must be 1 to 32 of a-z, 0-9 and _");
        }
        if (phone == null || !PHONE.matcher(phone).matches()) {
            throw CodeRejected.invalid("phone must be 5 to 20 digits with an optional leading +");
        }
    }
}
