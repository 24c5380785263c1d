package com.webook.sms.domain;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends through one vendor at a time and moves to the next (round, in list order) once the current
 * one has timed out {@code threshold} times in a row. A success resets the count; other failures
 * neither count nor reset it, and are passed on. Safe for concurrent callers: one caller switches,
 * the others see the switch.
 */
public final class TimeoutCountFailover implements SmsVendor {

    private final List<SmsVendor> vendors;
    private final int threshold;
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger consecutiveTimeouts = new AtomicInteger();

    public TimeoutCountFailover(List<SmsVendor> vendors, int threshold) {
        if (vendors.isEmpty() || threshold <= 0) {
            throw new IllegalArgumentException("timeout-count failover needs vendors and a positive threshold");
        }
        this.vendors = List.copyOf(vendors);
        this.threshold = threshold;
    }

    @Override
    public String name() {
        return "timeout-count-failover";
    }

    /** The vendor the next send goes to. */
    public String currentVendor() {
        return vendors.get(current.get()).name();
    }

    @Override
    public Dispatch send(SmsMessage message) {
        int index = current.get();
        if (consecutiveTimeouts.get() >= threshold) {
            int next = (index + 1) % vendors.size();
            if (current.compareAndSet(index, next)) {
                consecutiveTimeouts.set(0);
            }
            index = current.get();
        }
        try {
            Dispatch dispatch = vendors.get(index).send(message);
            consecutiveTimeouts.set(0);
            return dispatch;
        } catch (VendorFailure failure) {
            if (failure.outcome() == VendorFailure.Outcome.TIMEOUT) {
                consecutiveTimeouts.incrementAndGet();
            }
            throw failure;
        }
    }
}
