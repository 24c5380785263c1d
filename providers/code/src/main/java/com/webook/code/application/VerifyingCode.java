package com.webook.code.application;

import com.webook.code.domain.CodeRejected;
import com.webook.code.domain.CodeStore;
import com.webook.code.domain.CodeTarget;
import com.webook.code.domain.Rejection;
import com.webook.code.domain.VerificationCode;
import io.micrometer.core.instrument.MeterRegistry;

/** Checks a code the user typed: returns when it is right, otherwise says why not. */
public class VerifyingCode {

    private final CodeStore store;
    private final MeterRegistry meters;

    public VerifyingCode(CodeStore store, MeterRegistry meters) {
        this.store = store;
        this.meters = meters;
    }

    public void verify(String biz, String phone, String typed) {
        CodeTarget target = new CodeTarget(biz, phone);
        CodeStore.Checked checked = store.check(target, new VerificationCode(typed));
        meters.counter("webook.code.verifications", "outcome", checked.name().toLowerCase())
                .increment();
        switch (checked) {
            case ACCEPTED -> {
            }
            case WRONG -> throw new CodeRejected(Rejection.WRONG_CODE, "the code is wrong");
            case TOO_MANY_ATTEMPTS -> throw new CodeRejected(Rejection.TOO_MANY_ATTEMPTS,
                    "too many wrong attempts; ask for a new code");
            case NO_LIVE_CODE -> throw new CodeRejected(Rejection.CODE_EXPIRED,
                    "no valid code: it expired or was used; ask for a new one");
        }
    }
}
