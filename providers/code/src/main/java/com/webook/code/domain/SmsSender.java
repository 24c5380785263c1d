package com.webook.code.domain;

import java.time.Duration;

/** Delivers a code by SMS; throws {@link SmsNotSent} when the message was not taken. */
public interface SmsSender {

    void send(String phone, VerificationCode code, Duration validity);
}
