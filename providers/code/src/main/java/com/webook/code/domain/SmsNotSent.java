package com.webook.code.domain;

/** The SMS service refused or failed to take the message. */
public final class SmsNotSent extends RuntimeException {

    public SmsNotSent(String message, Throwable cause) {
        super(message, cause);
    }
}
