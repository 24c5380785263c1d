package com.webook.code.infrastructure.sms;

import java.time.Duration;
import java.util.List;

import com.webook.api.common.v1.ServiceException;
import com.webook.api.sms.v1.SendSmsRequest;
import com.webook.api.sms.v1.SmsService;
import com.webook.code.domain.SmsNotSent;
import com.webook.code.domain.SmsSender;
import com.webook.code.domain.VerificationCode;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends codes through the SMS provider with the template token the platform's operators issued to
 * this service. The template's parameters are the code and its validity in minutes. A message the
 * SMS service queued for later still counts as sent: it will arrive.
 */
public class DubboSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(DubboSmsSender.class);

    private final SmsService sms;
    private final String templateToken;

    public DubboSmsSender(SmsService sms, String templateToken) {
        this.sms = sms;
        this.templateToken = templateToken;
    }

    @Override
    public void send(String phone, VerificationCode code, Duration validity) {
        try {
            sms.send(new SendSmsRequest(templateToken, List.of(code.digits(), Long.toString(validity.toMinutes())),
                    List.of(phone)));
        } catch (ServiceException | RpcException e) {
            log.warn("the SMS service did not take a code: {}", e.toString());
            throw new SmsNotSent();
        }
    }
}
