package com.webook.user.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The email rule: a practical subset of RFC 5322 (ASCII local part, dotted host name with a
 * top-level label), at most 254 characters, compared without regard to case.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern FORMAT = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
                    + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "\\.[A-Za-z]{2,63}$");

    private EmailAddress() {
    }

    /** The normalized address (trimmed, lower case), or a rejection naming the rule. */
    public static String normalize(String raw) {
        return tryNormalize(raw).orElseThrow(() -> UserRejected.invalid("email is not a valid address"));
    }

    public static Optional<String> tryNormalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH || !FORMAT.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(trimmed.toLowerCase(Locale.ROOT));
    }
}
