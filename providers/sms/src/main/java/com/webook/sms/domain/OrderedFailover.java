package com.webook.sms.domain;

import java.util.ArrayList;
import java.util.List;

/** Tries the vendors in their configured order; the first that accepts the message wins. */
public final class OrderedFailover implements SmsVendor {

    private final List<SmsVendor> vendors;

    public OrderedFailover(List<SmsVendor> vendors) {
        if (vendors.isEmpty()) {
            throw new IllegalArgumentException("failover needs at least one vendor");
        }
        this.vendors = List.copyOf(vendors);
    }

    @Override
    public String name() {
        return "ordered-failover";
    }

    @Override
    public Dispatch send(SmsMessage message) {
        List<VendorFailure> failures = new ArrayList<>(vendors.size());
        for (SmsVendor vendor : vendors) {
            try {
                return vendor.send(message);
            } catch (VendorFailure failure) {
                failures.add(failure);
            }
        }
        throw VendorFailure.allFailed(name(), failures);
    }
}
