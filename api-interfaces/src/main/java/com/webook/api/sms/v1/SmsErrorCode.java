package com.webook.api.sms.v1;

import com.webook.api.common.v1.ErrorCode;

/** Errors of the SMS context (module 05). */
public enum SmsErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(405001),
    /** The template token is missing, forged, expired, or names another template. */
    UNAUTHORIZED(405002),
    /** Every vendor failed and the message could not be queued either. */
    SEND_FAILED(505001),
    SYSTEM_ERROR(505002);

    private final int code;

    SmsErrorCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
