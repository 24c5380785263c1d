package com.webook.api.common.v1;

/**
 * A six-digit error code shared by every context: class (4 = the caller's mistake, 5 = ours),
 * module (01 user, 02 article, 03 interactive, 04 code, 05 sms, ...), sequence. For example 401002 is the user module's
 * "email already registered".
 */
public interface ErrorCode {

    int code();

    /** True when the caller can fix the request; false when the platform failed. */
    default boolean callerError() {
        return code() / 100_000 == 4;
    }
}
