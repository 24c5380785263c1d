package com.webook.web.common;

import com.webook.api.common.v1.ErrorCode;
import org.springframework.http.HttpStatus;

/** An error answer the BFF decided on in request handling: status, code and a message for the user. */
public final class ApiError extends RuntimeException {

    private final HttpStatus status;
    private final ErrorCode code;

    public ApiError(HttpStatus status, ErrorCode code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiError invalid(String message) {
        return new ApiError(HttpStatus.BAD_REQUEST, WebErrorCode.INVALID_REQUEST, message);
    }

    public HttpStatus status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }
}
