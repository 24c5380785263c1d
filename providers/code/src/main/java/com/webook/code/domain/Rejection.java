package com.webook.code.domain;

/** Why the code context refused a request; the caller can act on each. */
public enum Rejection {
    INVALID_ARGUMENT,
    TOO_FREQUENT,
    WRONG_CODE,
    CODE_EXPIRED,
    TOO_MANY_ATTEMPTS
}
