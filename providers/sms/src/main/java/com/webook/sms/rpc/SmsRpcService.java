package com.webook.sms.rpc;

import java.util.List;

import com.webook.api.sms.v1.SendSmsRequest;
import com.webook.api.sms.v1.SmsErrorCode;
import com.webook.api.sms.v1.SmsException;
import com.webook.api.sms.v1.SmsReceipt;
import com.webook.api.sms.v1.SmsService;
import com.webook.sms.application.SendingSms;
import com.webook.sms.application.SentSms;
import com.webook.sms.domain.SmsMessages;
import com.webook.sms.domain.SmsRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dubbo face of the SMS context: checks the request's shape (1–100 numbers of 5–20 digits with an
 * optional {@code +}, at most 10 arguments of at most 64 characters), calls the use case, packs the
 * receipt. Exported by {@code SmsConfiguration} with {@code @DubboService(version = SmsService.VERSION)}.
 */
public class SmsRpcService implements SmsService {

    private static final Logger log = LoggerFactory.getLogger(SmsRpcService.class);

    private final SendingSms sendingSms;

    public SmsRpcService(SendingSms sendingSms) {
        this.sendingSms = sendingSms;
    }

    @Override
    public SmsReceipt send(SendSmsRequest request) {
        try {
            if (request == null) {
                throw SmsRejected.invalid("request is required");
            }
            List<String> args = request.args() == null ? List.of() : request.args();
            SmsMessages.check(args, request.phoneNumbers());
            SentSms sent = sendingSms.send(request.templateToken(), args, request.phoneNumbers());
            return new SmsReceipt(sent.messageId(), sent.dispatch().vendor(), sent.dispatch().queued());
        } catch (SmsRejected rejected) {
            throw new SmsException(code(rejected), rejected.getMessage());
        } catch (RuntimeException unexpected) {
            log.error("SMS send failed unexpectedly", unexpected);
            throw new SmsException(SmsErrorCode.SYSTEM_ERROR, "the SMS service failed; please try again later");
        }
    }

    private static SmsErrorCode code(SmsRejected rejected) {
        return switch (rejected.rejection()) {
            case INVALID_ARGUMENT -> SmsErrorCode.INVALID_ARGUMENT;
            case UNAUTHORIZED -> SmsErrorCode.UNAUTHORIZED;
            case SEND_FAILED -> SmsErrorCode.SEND_FAILED;
        };
    }
}
