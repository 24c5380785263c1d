package com.webook.api.code.v1;

import com.webook.api.common.v1.ErrorCode;

/** Errors of the verification-code context (module 04). */
public enum CodeErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(404001),
    /** A code was sent for this biz and phone less than a minute ago. */
    TOO_FREQUENT(404002),
    WRONG_CODE(404003),
    /** No live code: never sent, older than 10 minutes, or already used. */
    CODE_EXPIRED(404004),
    /** Three wrong attempts spent this code; ask for a new one. */
    TOO_MANY_ATTEMPTS(404005),
    /** Code storage (Redis) failed; nothing was sent or verified. */
    SYSTEM_ERROR(504001),
    /** The SMS service refused or failed to take the message. */
    SEND_FAILED(504002);

    private final int code;

    CodeErrorCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
