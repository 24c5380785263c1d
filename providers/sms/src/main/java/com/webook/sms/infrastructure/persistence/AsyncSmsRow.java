package com.webook.sms.infrastructure.persistence;

/** One claimed row of {@code async_sms}, as MyBatis reads it. */
public record AsyncSmsRow(long id, String messageId, String template, String args, String numbers, int retryCnt,
                          int retryMax) {
}
