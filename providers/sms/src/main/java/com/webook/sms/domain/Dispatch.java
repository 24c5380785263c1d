package com.webook.sms.domain;

/**
 * What a vendor (or a chain of them) did with a message.
 *
 * @param vendor    the vendor that accepted it; null while it is queued
 * @param reference the vendor's id for the send (serial number, biz id), for support; may be null
 * @param queued    true when no vendor took it now and it was stored to be retried
 */
public record Dispatch(String vendor, String reference, boolean queued) {

    public static Dispatch accepted(String vendor, String reference) {
        return new Dispatch(vendor, reference, false);
    }

    public static Dispatch queuedForLater() {
        return new Dispatch(null, null, true);
    }
}
