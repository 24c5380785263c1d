package com.webook.api.user.v1;

import com.webook.api.common.v1.ErrorCode;

/** Errors of the user context (module 01). */
public enum UserErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(401001),
    EMAIL_TAKEN(401002),
    /** Unknown email and wrong password give this same code, so accounts cannot be probed. */
    INVALID_CREDENTIALS(401003),
    USER_NOT_FOUND(401004),
    SYSTEM_ERROR(501001);

    private final int code;

    UserErrorCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
