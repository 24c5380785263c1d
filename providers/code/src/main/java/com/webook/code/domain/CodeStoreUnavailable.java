package com.webook.code.domain;

import com.webook.provider.support.error.Unavailable;

/** The code store could not be reached or answered nonsense: nothing was stored or checked. */
public final class CodeStoreUnavailable extends Unavailable {

    public CodeStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
