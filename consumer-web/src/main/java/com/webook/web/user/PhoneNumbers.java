package com.webook.web.user;

import java.util.regex.Pattern;

import com.webook.web.common.ApiError;

/**
 * The phone numbers users may log in with, in one canonical E.164 form so that one phone is one
 * account however it was typed: a mainland China mobile number ({@code 13800138000},
 * {@code +8613800138000}, {@code 86 138 0013 8000}) becomes {@code +8613800138000}; any other
 * number must be E.164 ({@code +} country code and number, at most 15 digits).
 */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("^(?:\\+?86)?(1[3-9][0-9]{9})$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    private PhoneNumbers() {
    }

    /** The canonical form, or a 400 naming the accepted forms. */
    static String canonical(String typed) {
        if (typed == null || typed.length() > 32) {
            throw invalid();
        }
        String compact = SEPARATORS.matcher(typed.strip()).replaceAll("");
        var mainland = MAINLAND_MOBILE.matcher(compact);
        if (mainland.matches()) {
            return "+86" + mainland.group(1);
        }
        if (compact.startsWith("+86")) {
            throw invalid(); // a +86 number that is not a mobile number cannot receive the code
        }
        if (E164.matcher(compact).matches()) {
            return compact;
        }
        throw invalid();
    }

    private static ApiError invalid() {
        return ApiError.invalid("phone must be a mainland China mobile number (13800138000) "
                + "or an international number in E.164 form (+4915123456789)");
    }
}
