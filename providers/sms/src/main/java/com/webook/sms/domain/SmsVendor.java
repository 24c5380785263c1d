package com.webook.sms.domain;

/**
 * Something that sends text messages: a vendor's adapter, or a decorator around one or several
 * (rate limit, failover, queueing, metrics). Decorators compose because they share this interface.
 */
public interface SmsVendor {

    /** The vendor's name in configuration, metrics and receipts: {@code tencent}, {@code aliyun}, {@code local}. */
    String name();

    /**
     * Sends the message to every number, or fails with a {@link VendorFailure} that says why. Never
     * throws anything else for a failure of the vendor.
     */
    Dispatch send(SmsMessage message);
}
