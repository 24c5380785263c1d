package com.webook.user.domain;

import java.util.regex.Pattern;

/**
 * The provider's check of a phone number: digits with an optional leading {@code +}, as the BFF
 * normalizes them. Which numbers are real (mainland mobile, E.164) is the BFF's concern.
 */
public final class PhoneNumber {

    private static final Pattern FORMAT = Pattern.compile("^\\+?[0-9]{5,20}$");

    private PhoneNumber() {
    }

    public static String check(String phone) {
        if (phone == null || !FORMAT.matcher(phone).matches()) {
            throw UserRejected.invalid("phone must be 5 to 20 digits with an optional leading +");
        }
        return phone;
    }
}
