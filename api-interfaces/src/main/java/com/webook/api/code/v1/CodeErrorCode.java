package com.webook.api.code.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorKind;

/**
 * Errors of the verification-code context (module 04): the rejections its service declares. Failures it did not
 * expect are answered with a {@link com.webook.api.common.v1.PlatformErrorCode} instead.
 */
public enum CodeErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(404001, ErrorKind.INVALID),
    /** A code was sent for this biz and phone less than a minute ago. */
    TOO_FREQUENT(404002, ErrorKind.THROTTLED),
    WRONG_CODE(404003, ErrorKind.INVALID),
    /** No live code: never sent, older than 10 minutes, or already used. */
    CODE_EXPIRED(404004, ErrorKind.INVALID),
    /** Three wrong attempts spent this code; ask for a new one. */
    TOO_MANY_ATTEMPTS(404005, ErrorKind.THROTTLED),
    /** The SMS service refused or failed to take the message; the code was withdrawn, so ask again. */
    SEND_FAILED(504002, ErrorKind.UNAVAILABLE);

    private final int code;
    private final ErrorKind kind;

    CodeErrorCode(int code, ErrorKind kind) {
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
