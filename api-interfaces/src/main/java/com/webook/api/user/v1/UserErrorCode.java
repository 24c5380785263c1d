package com.webook.api.user.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorKind;

/**
 * Errors of the user context (module 01): the rejections its service declares. Failures it did not
 * expect are answered with a {@link com.webook.api.common.v1.PlatformErrorCode} instead.
 */
public enum UserErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(401001, ErrorKind.INVALID),
    EMAIL_TAKEN(401002, ErrorKind.CONFLICT),
    /** Unknown email and wrong password give this same code, so accounts cannot be probed. */
    INVALID_CREDENTIALS(401003, ErrorKind.UNAUTHENTICATED),
    USER_NOT_FOUND(401004, ErrorKind.NOT_FOUND);

    private final int code;
    private final ErrorKind kind;

    UserErrorCode(int code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
