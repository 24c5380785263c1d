package com.webook.api.sms.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorKind;

/**
 * Errors of the SMS context (module 05): the rejections its service declares. Failures it did not
 * expect are answered with a {@link com.webook.api.common.v1.PlatformErrorCode} instead.
 */
public enum SmsErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(405001, ErrorKind.INVALID),
    /** The template token is missing, forged, expired, or names another template. */
    UNAUTHORIZED(405002, ErrorKind.FORBIDDEN),
    /** Every vendor failed and the message could not be queued either. */
    SEND_FAILED(505001, ErrorKind.UNAVAILABLE);

    private final int code;
    private final ErrorKind kind;

    SmsErrorCode(int code, ErrorKind kind) {
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
