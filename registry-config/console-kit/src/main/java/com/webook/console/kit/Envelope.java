package com.webook.console.kit;

/** Every answer of a console's API, errors included: {@code code} 0 means success (as the platform's). */
public record Envelope<T>(int code, String msg, T data) {

    public static <T> Envelope<T> ok(T data) {
        return new Envelope<>(0, "ok", data);
    }
}
