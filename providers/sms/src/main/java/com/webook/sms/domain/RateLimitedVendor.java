package com.webook.sms.domain;

import java.time.Duration;

/**
 * Lets at most {@code limit} messages per {@code window} through to the vendor, counted across every
 * instance. When the counter cannot be reached the send counts as limited: a vendor bill has no
 * ceiling, so an unknown count must not mean "unlimited".
 */
public final class RateLimitedVendor implements SmsVendor {

    private final SmsVendor vendor;
    private final RateLimiter limiter;
    private final int limit;
    private final Duration window;
    private final String key;

    public RateLimitedVendor(SmsVendor vendor, RateLimiter limiter, int limit, Duration window) {
        if (limit <= 0 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a positive limit and window, got "
                    + limit + " per " + window);
        }
        this.vendor = vendor;
        this.limiter = limiter;
        this.limit = limit;
        this.window = window;
        this.key = "sms:limit:" + vendor.name();
    }

    @Override
    public String name() {
        return vendor.name();
    }

    @Override
    public Dispatch send(SmsMessage message) {
        boolean allowed;
        try {
            allowed = limiter.tryAcquire(key, limit, window);
        } catch (RuntimeException unreachable) {
            throw new VendorFailure(name(), VendorFailure.Outcome.LIMITED,
                    "the rate limiter is unavailable (" + unreachable.getMessage() + ")", unreachable);
        }
        if (!allowed) {
            throw VendorFailure.limited(name(), "more than " + limit + " messages in " + window);
        }
        return vendor.send(message);
    }
}
