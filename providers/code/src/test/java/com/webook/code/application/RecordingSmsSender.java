package com.webook.code.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.webook.code.domain.SmsNotSent;
import com.webook.code.domain.SmsSender;
import com.webook.code.domain.VerificationCode;

/** Keeps every message it is asked to send; can be made to refuse. */
final class RecordingSmsSender implements SmsSender {

    record Sent(String phone, VerificationCode code, Duration validity) {
    }

    final List<Sent> sent = new ArrayList<>();
    boolean failing;

    @Override
    public void send(String phone, VerificationCode code, Duration validity) {
        if (failing) {
            throw new SmsNotSent();
        }
        sent.add(new Sent(phone, code, validity));
    }
}
