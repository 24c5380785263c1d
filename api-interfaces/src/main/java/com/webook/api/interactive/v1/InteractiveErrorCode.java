package com.webook.api.interactive.v1;

import com.webook.api.common.v1.ErrorCode;

/** Errors of the interactive context (module 03). */
public enum InteractiveErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(403001),
    /** No folder with this id belongs to this user. */
    COLLECTION_NOT_FOUND(403002),
    /** This user already has a folder with this name. */
    COLLECTION_NAME_TAKEN(403003),
    /** This user has as many folders as a user may have. */
    COLLECTION_LIMIT_REACHED(403004),
    /** Storage failed; nothing was written. */
    SYSTEM_ERROR(503001);

    private final int code;

    InteractiveErrorCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
