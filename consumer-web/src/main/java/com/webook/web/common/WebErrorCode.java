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

    /** The code of an error that only has an HTTP status (raised by the container or a filter). */
    public static WebErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : INTERNAL_ERROR;
        };
    }

    /** What to tell the client for such an error: the status's reason, never anything of the request. */
    public static String messageFor(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        if (status >= 500 || known == null) {
            return "something went wrong, please try again later";
        }
        return known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
    }
}
