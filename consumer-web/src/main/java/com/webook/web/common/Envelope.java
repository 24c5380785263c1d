package com.webook.web.common;

import com.webook.api.common.v1.ErrorCode;

/** Every answer of the API, errors included: {@code code} 0 means success. */
public record Envelope<T>(int code, String msg, T data) {

    public static final int OK = 0;

    public static <T> Envelope<T> ok(T data) {
        return new Envelope<>(OK, "ok", data);
    }

    public static Envelope<Void> ok() {
        return new Envelope<>(OK, "ok", null);
    }

    public static Envelope<Void> error(ErrorCode code, String msg) {
        return new Envelope<>(code.code(), msg, null);
    }
}
