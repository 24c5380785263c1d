package com.webook.interactive.domain;

/**
 * The folder name rule: 1–64 characters after trimming, counted as people see them (code points),
 * so emoji and CJK count one each.
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
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw InteractiveRejected.invalid("name must have at most 64 characters");
        }
        return trimmed;
    }
}
