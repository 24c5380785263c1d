package com.webook.api.interactive.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorKind;

/**
 * Errors of the interactive context (module 03): the rejections its service declares. Failures it did not
 * expect are answered with a {@link com.webook.api.common.v1.PlatformErrorCode} instead.
 */
public enum InteractiveErrorCode implements ErrorCode {
    /** A field is missing or breaks its rule; the message names the field. */
    INVALID_ARGUMENT(403001, ErrorKind.INVALID),
    /** No folder with this id belongs to this user. */
    COLLECTION_NOT_FOUND(403002, ErrorKind.NOT_FOUND),
    /** This user already has a folder with this name. */
    COLLECTION_NAME_TAKEN(403003, ErrorKind.CONFLICT),
    /** This user has as many folders as a user may have. */
    COLLECTION_LIMIT_REACHED(403004, ErrorKind.CONFLICT);

    private final int code;
    private final ErrorKind kind;

    InteractiveErrorCode(int code, ErrorKind kind) {
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
