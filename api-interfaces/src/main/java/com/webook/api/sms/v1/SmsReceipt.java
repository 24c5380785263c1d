package com.webook.api.sms.v1;

import java.io.Serializable;

/**
 * What became of a send.
 *
 * @param messageId the platform's id for the message, for support and logs
 * @param vendor    the vendor that accepted it, or null while it is queued
 * @param queued    true when no vendor could take it now and it was stored to be retried
 */
public record SmsReceipt(String messageId, String vendor, boolean queued) implements Serializable {
}
