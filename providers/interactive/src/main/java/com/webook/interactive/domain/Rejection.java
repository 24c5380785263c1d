package com.webook.interactive.domain;

/** Why the interactive context refused a request; the caller can act on each. */
public enum Rejection {
    INVALID_ARGUMENT,
    COLLECTION_NOT_FOUND,
    COLLECTION_NAME_TAKEN,
    COLLECTION_LIMIT_REACHED
}
