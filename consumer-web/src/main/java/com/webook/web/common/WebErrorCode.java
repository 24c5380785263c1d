package com.webook.web.common;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorKind;
import com.webook.api.common.v1.PlatformErrorCode;

/**
 * Errors the BFF itself answers about a request (module 00); providers' errors keep their own codes,
 * and failures are the platform's ({@link PlatformErrorCode}).
 */
public enum WebErrorCode implements ErrorCode {
    INVALID_REQUEST(400001, ErrorKind.INVALID),
    UNAUTHORIZED(400002, ErrorKind.UNAUTHENTICATED),
    PAYLOAD_TOO_LARGE(400003, ErrorKind.INVALID),
    NOT_FOUND(400004, ErrorKind.NOT_FOUND),
    METHOD_NOT_ALLOWED(400005, ErrorKind.INVALID),
    UNSUPPORTED_MEDIA_TYPE(400006, ErrorKind.INVALID),
    /** The OAuth2 callback's state is missing, expired or not the one this browser was given. */
    OAUTH_STATE_MISMATCH(400007, ErrorKind.INVALID),
    /** The identity provider (WeChat) refused the authorization code. */
    OAUTH_REJECTED(400008, ErrorKind.INVALID),
    /** An abuse limit refused the request: try again after {@code Retry-After} seconds. */
    TOO_MANY_REQUESTS(400009, ErrorKind.THROTTLED);

    private final int code;
    private final ErrorKind kind;

    WebErrorCode(int code, ErrorKind kind) {
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

    /** The code of an error that only has an HTTP status (raised by the container or a filter). */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> PlatformErrorCode.UNAVAILABLE;
            default -> status >= 400 && status < 500 ? INVALID_REQUEST : PlatformErrorCode.INTERNAL;
        };
    }

    /** What to tell the client for such an error: the status's reason, never anything of the request. */
    public static String messageFor(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        if (status >= 500 || known == null) {
            return PlatformErrorCode.INTERNAL.message();
        }
        return known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
    }
}
