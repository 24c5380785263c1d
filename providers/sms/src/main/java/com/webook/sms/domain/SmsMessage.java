package com.webook.sms.domain;

import java.util.List;
import java.util.Objects;

/**
 * One message to send: the platform's id for it, the logical template (e.g. {@code login_code}),
 * the template's parameters in order, and the numbers to send it to.
 */
public record SmsMessage(String messageId, String template, List<String> args, List<String> numbers) {

    public SmsMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(template, "template");
        args = List.copyOf(args);
        numbers = List.copyOf(numbers);
    }
}
