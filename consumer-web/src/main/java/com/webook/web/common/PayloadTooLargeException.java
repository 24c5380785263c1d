package com.webook.web.common;

import java.io.IOException;

/** Thrown while reading a request body that grows past the configured limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the request body must not exceed " + limit + " bytes");
    }
}
