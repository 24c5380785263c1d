package com.webook.interactive.domain;

import java.util.regex.Pattern;

/** A thing people interact with: its kind ({@code article}, ...: 1–32 of {@code [a-z0-9_]}) and its id (> 0). */
public record BizObject(String biz, long id) {

    private static final Pattern BIZ = Pattern.compile("^[a-z0-9_]{1,32}$");

    public BizObject {
        checkBiz(biz);
        if (id <= 0) {
            throw InteractiveRejected.invalid("bizId must be positive");
        }
    }

    public static String checkBiz(String biz) {
        if (biz == null || !BIZ.matcher(biz).matches()) {
            throw InteractiveRejected.invalid("biz must be 1 to 32 of a-z, 0-9 and _");
        }
        return biz;
    }

    @Override
    public String toString() {
        return biz + ":" + id;
    }
}
