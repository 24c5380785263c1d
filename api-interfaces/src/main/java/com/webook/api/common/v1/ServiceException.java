package com.webook.api.common.v1;

/**
 * The one way a provider reports an expected rejection to its callers. It carries no stack
 * trace: it is an answer, not a crash, and its message is safe to show to the end user.
 */
public abstract class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected ServiceException(String message) {
        super(message, null, false, false);
    }

    public abstract ErrorCode errorCode();
}
