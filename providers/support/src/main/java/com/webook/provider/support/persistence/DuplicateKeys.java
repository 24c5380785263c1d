package com.webook.provider.support.persistence;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;

/** Which unique index a duplicate-key error from MySQL or MariaDB hit. */
public final class DuplicateKeys {

    // MariaDB: "... for key 'uk_users_email'"; MySQL 8: "... for key 'users.uk_users_email'".
    private static final Pattern KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'");

    private DuplicateKeys() {
    }

    public static Optional<String> violatedKey(DuplicateKeyException exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                Matcher matcher = KEY.matcher(message);
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
