package com.webook.job.web;

/** Every answer of the console API, errors included: {@code code} 0 means success (as consumer-web's). */
public record Envelope<T>(int code, String msg, T data) {

    public static <T> Envelope<T> ok(T data) {
        return new Envelope<>(0, "ok", data);
    }
}
