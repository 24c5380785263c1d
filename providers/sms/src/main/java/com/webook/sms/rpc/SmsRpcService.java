package com.webook.sms.rpc;

import java.util.List;

import com.webook.api.sms.v1.SendSmsRequest;
import com.webook.api.sms.v1.SmsReceipt;
import com.webook.api.sms.v1.SmsService;
import com.webook.sms.application.SendingSms;
import com.webook.sms.application.SentSms;
import com.webook.sms.domain.SmsMessages;
import com.webook.sms.domain.SmsRejected;

/**
 * The Dubbo face of the SMS context: checks the request's shape (1–100 numbers of 5–20 digits with an
 * optional {@code +}, at most 10 arguments of at most 64 characters), calls the use case, packs the
 * receipt. Exported by {@code SmsConfiguration} with {@code @DubboService(version = SmsService.VERSION)}.
 */
public class SmsRpcService implements SmsService {

    private final SendingSms sendingSms;

    public SmsRpcService(SendingSms sendingSms) {
        this.sendingSms = sendingSms;
    }

    @Override
    public SmsReceipt send(SendSmsRequest request) {
        if (request == null) {
            throw SmsRejected.invalid("request is required");
        }
        List<String> args = request.args() == null ? List.of() : request.args();
        SmsMessages.check(args, request.phoneNumbers());
        SentSms sent = sendingSms.send(request.templateToken(), args, request.phoneNumbers());
        return new SmsReceipt(sent.messageId(), sent.dispatch().vendor(), sent.dispatch().queued());
    }
}
