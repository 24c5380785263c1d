package com.webook.api.common.v1;

/**
 * A six-digit error code shared by every context: class (4 = the caller's mistake, 5 = ours),
 * module (00 platform, 01 user, 02 article, 03 interactive, 04 code, 05 sms, ...), sequence. For example
 * 401002 is the user module's "email already registered". Each code has a {@link ErrorKind}; callers
 * decide by the kind, and look at the code only where they act on one rejection in particular.
 */
public interface ErrorCode {

    int code();

    ErrorKind kind();

    /** True when the caller can fix the request; false when the platform failed. */
    default boolean callerError() {
        return kind().callerError();
    }
}
