package com.webook.sms.application;

import com.webook.sms.domain.Dispatch;

/** The answer to a send: the platform's id for the message and what became of it. */
public record SentSms(String messageId, Dispatch dispatch) {
}
