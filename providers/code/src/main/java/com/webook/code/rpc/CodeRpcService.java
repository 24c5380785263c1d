package com.webook.code.rpc;

import com.webook.api.code.v1.CodeErrorCode;
import com.webook.api.code.v1.CodeException;
import com.webook.api.code.v1.CodeService;
import com.webook.code.application.SendingCode;
import com.webook.code.application.VerifyingCode;
import com.webook.code.domain.CodeRejected;
import com.webook.code.domain.CodeStoreUnavailable;
import com.webook.code.domain.SmsNotSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Dubbo face of the code context: calls one use case, turns its refusals into {@link CodeException}s. */
public class CodeRpcService implements CodeService {

    private static final Logger log = LoggerFactory.getLogger(CodeRpcService.class);

    private final SendingCode sending;
    private final VerifyingCode verifying;

    public CodeRpcService(SendingCode sending, VerifyingCode verifying) {
        this.sending = sending;
        this.verifying = verifying;
    }

    @Override
    public void send(String biz, String phone) {
        answer(() -> sending.send(biz, phone));
    }

    @Override
    public void verify(String biz, String phone, String code) {
        answer(() -> verifying.verify(biz, phone, code));
    }

    private static void answer(Runnable call) {
        try {
            call.run();
        } catch (CodeRejected rejected) {
            throw new CodeException(codeOf(rejected), rejected.getMessage());
        } catch (CodeStoreUnavailable e) {
            log.error("code store failed: {}", e.getMessage());
            throw new CodeException(CodeErrorCode.SYSTEM_ERROR, "codes are unavailable; please try again later");
        } catch (SmsNotSent e) {
            log.error("code not sent: {}", e.getMessage());
            throw new CodeException(CodeErrorCode.SEND_FAILED, "the SMS could not be sent; please try again");
        }
    }

    static CodeErrorCode codeOf(CodeRejected rejected) {
        return switch (rejected.rejection()) {
            case INVALID_ARGUMENT -> CodeErrorCode.INVALID_ARGUMENT;
            case TOO_FREQUENT -> CodeErrorCode.TOO_FREQUENT;
            case WRONG_CODE -> CodeErrorCode.WRONG_CODE;
            case CODE_EXPIRED -> CodeErrorCode.CODE_EXPIRED;
            case TOO_MANY_ATTEMPTS -> CodeErrorCode.TOO_MANY_ATTEMPTS;
        };
    }
}
