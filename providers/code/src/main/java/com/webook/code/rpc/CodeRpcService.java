package com.webook.code.rpc;

import com.webook.api.code.v1.CodeService;
import com.webook.code.application.SendingCode;
import com.webook.code.application.VerifyingCode;

/**
 * The Dubbo face of the code context: calls one use case. Its rejections reach the caller through the
 * providers' error boundary ({@code ErrorBoundaryFilter}) as the contract's {@code CodeErrorCode}s.
 */
public class CodeRpcService implements CodeService {

    private final SendingCode sending;
    private final VerifyingCode verifying;

    public CodeRpcService(SendingCode sending, VerifyingCode verifying) {
        this.sending = sending;
        this.verifying = verifying;
    }

    @Override
    public void send(String biz, String phone) {
        sending.send(biz, phone);
    }

    @Override
    public void verify(String biz, String phone, String code) {
        verifying.verify(biz, phone, code);
    }
}
