package com.webook.provider.support.arch.sample.api;

import com.webook.api.common.v1.ErrorCode;
import com.webook.api.common.v1.ErrorCodes;
import com.webook.api.common.v1.ErrorKind;

/** Fixture: a contract that declares only some of its context's rejections. */
@ErrorCodes(SampleService.SampleErrorCode.class)
public interface SampleService {

    enum SampleErrorCode implements ErrorCode {
        NAME_TAKEN;

        @Override
        public int code() {
            return 499001;
        }

        @Override
        public ErrorKind kind() {
            return ErrorKind.CONFLICT;
        }
    }
}
