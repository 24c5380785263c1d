package com.webook.user.domain;

/** Why the user context refused a request; the caller can act on each. */
public enum Rejection {
    INVALID_ARGUMENT,
    EMAIL_TAKEN,
    INVALID_CREDENTIALS,
    USER_NOT_FOUND
}
