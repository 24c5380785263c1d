package com.webook.code.domain;

/** The code store could not be reached or answered nonsense: nothing was stored or checked. */
public final class CodeStoreUnavailable extends RuntimeException {

    public CodeStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
