package com.webook.sms.infrastructure.vendor.local;

import java.time.Clock;

import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.VendorFailure;

/**
 * The development vendor: sends nothing, records each message in the recipient's Redis inbox,
 * where {@code GET /dev/sms/inbox?phone=} (profile {@code local} only) shows it.
 */
public final class LocalSmsVendor implements SmsVendor {

    public static final String NAME = "local";

    private final RedisSmsInbox inbox;
    private final Clock clock;

    public LocalSmsVendor(RedisSmsInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Dispatch send(SmsMessage message) {
        InboxEntry entry = new InboxEntry(message.template(), message.args(), clock.instant().toString());
        try {
            for (String number : message.numbers()) {
                inbox.record(number, entry);
            }
        } catch (RuntimeException e) {
            throw new VendorFailure(NAME, VendorFailure.Outcome.VENDOR_ERROR, "the inbox is unavailable: " + e.getMessage(), e);
        }
        return Dispatch.accepted(NAME, message.messageId());
    }
}
