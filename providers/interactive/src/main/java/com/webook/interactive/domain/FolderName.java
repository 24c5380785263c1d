package com.webook.interactive.domain;

import com.webook.provider.support.text.TextPolicy;

/**
 * The folder name rule: 1–64 characters of visible text after trimming (the platform's {@link TextPolicy}),
 * counted as people see them (code points), so emoji and CJK count one each.
 */
public final class FolderName {

    public static final int MAX_LENGTH = 64;

    private FolderName() {
    }

    public static String check(String name) {
        if (name == null || name.isBlank()) {
            throw InteractiveRejected.invalid("name is required");
        }
        String trimmed = name.strip();
        String problem = TextPolicy.problemWithName(trimmed);
        if (problem != null) {
            throw InteractiveRejected.invalid("name " + problem);
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw InteractiveRejected.invalid("name must have at most 64 characters");
        }
        return trimmed;
    }
}
