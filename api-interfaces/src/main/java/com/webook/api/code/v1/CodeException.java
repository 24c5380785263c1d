package com.webook.api.code.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ServiceException;

/** A rejection from {@link CodeService}; {@link #errorCode()} says which. */
public final class CodeException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final CodeErrorCode code;

    public CodeException(CodeErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode errorCode() {
        return code();
    }

    public CodeErrorCode code() {
        return code == null ? CodeErrorCode.SYSTEM_ERROR : code;
    }
}
