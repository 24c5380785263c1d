package com.webook.code.domain;

/** Why the code context refused a request; the caller can act on each. */
public enum Rejection {
    INVALID_ARGUMENT,
    TOO_FREQUENT,
    WRONG_CODE,
    CODE_EXPIRED,
    TOO_MANY_ATTEMPTS,
    /** The SMS service did not take the message; the code was withdrawn. */
    SEND_FAILED
}
