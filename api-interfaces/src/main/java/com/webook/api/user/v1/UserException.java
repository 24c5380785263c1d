package com.webook.api.user.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ServiceException;

/** A rejection from {@link UserService}; {@link #errorCode()} says which. */
public final class UserException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final UserErrorCode code;

    public UserException(UserErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode errorCode() {
        return code == null ? UserErrorCode.SYSTEM_ERROR : code;
    }

    public UserErrorCode code() {
        return code == null ? UserErrorCode.SYSTEM_ERROR : code;
    }
}
