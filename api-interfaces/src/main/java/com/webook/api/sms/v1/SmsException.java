package com.webook.api.sms.v1;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ServiceException;

/** A rejection from {@link SmsService}; {@link #errorCode()} says which. */
public final class SmsException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final SmsErrorCode code;

    public SmsException(SmsErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public ErrorCode errorCode() {
        return code();
    }

    public SmsErrorCode code() {
        return code == null ? SmsErrorCode.SYSTEM_ERROR : code;
    }
}
