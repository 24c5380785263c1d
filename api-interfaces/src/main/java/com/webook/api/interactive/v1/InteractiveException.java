package com.webook.api.interactive.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ServiceException;

/** A rejection from {@link InteractiveService}; {@link #errorCode()} says which. */
public final class InteractiveException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final InteractiveErrorCode code;

    public InteractiveException(InteractiveErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode errorCode() {
        return code();
    }

    public InteractiveErrorCode code() {
        return code == null ? InteractiveErrorCode.SYSTEM_ERROR : code;
    }
}
