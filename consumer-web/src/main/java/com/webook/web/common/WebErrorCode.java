package com.webook.web.common;

import com.webook.api.common.v1.ErrorCode;

/** Errors the BFF itself answers (module 00); providers' errors keep their own codes. */
public enum WebErrorCode implements ErrorCode {
    INVALID_REQUEST(400001),
    UNAUTHORIZED(400002),
    PAYLOAD_TOO_LARGE(400003),
    NOT_FOUND(400004),
    METHOD_NOT_ALLOWED(400005),
    UNSUPPORTED_MEDIA_TYPE(400006),
    /** The OAuth2 callback's state is missing, expired or not the one this browser was given. */
    OAUTH_STATE_MISMATCH(400007),
    /** The identity provider (WeChat) refused the authorization code. */
    OAUTH_REJECTED(400008),
    /** An abuse limit refused the request: try again after {@code Retry-After} seconds. */
    TOO_MANY_REQUESTS(400009),
    INTERNAL_ERROR(500001),
    SERVICE_UNAVAILABLE(500002);

    private final int code;

    WebErrorCode(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }
}
