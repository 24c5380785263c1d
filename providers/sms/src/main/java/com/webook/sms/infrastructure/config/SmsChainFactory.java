package com.webook.sms.infrastructure.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.webook.sms.domain.OrderedFailover;
import com.webook.sms.domain.RateLimitedVendor;
import com.webook.sms.domain.RateLimiter;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.TimeoutCountFailover;
import com.webook.sms.infrastructure.metrics.MeteredVendor;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Composes the synchronous chain from configuration: for each name of {@code webook.sms.vendors},
 * in order, the vendor's adapter, behind its rate limit if one is configured, timed per outcome;
 * then the failover strategy over them. Refuses, with a message that names the setting, anything
 * it cannot build.
 */
public final class SmsChainFactory {

    public static final String ORDERED = "ordered";
    public static final String TIMEOUT_COUNT = "timeout-count";

    private SmsChainFactory() {
    }

    public static SmsVendor compose(SmsProperties properties, Map<String, Supplier<SmsVendor>> adapters,
                                    RateLimiter limiter, MeterRegistry meters) {
        if (properties.vendors().isEmpty()) {
            throw new IllegalStateException("webook.sms.vendors is empty: list the SMS vendors to send through, in "
                    + "failover order (any of " + adapters.keySet() + "), e.g. WEBOOK_SMS_VENDORS=tencent,aliyun; "
                    + "for development run with the Spring profile 'local', which sends through the local vendor only");
        }
        if (new LinkedHashSet<>(properties.vendors()).size() != properties.vendors().size()) {
            throw new IllegalStateException("webook.sms.vendors names a vendor twice: " + properties.vendors());
        }
        for (String limited : properties.rateLimits().keySet()) {
            if (!properties.vendors().contains(limited)) {
                throw new IllegalStateException("webook.sms.rate-limits." + limited + " limits a vendor that is not in "
                        + "webook.sms.vendors " + properties.vendors());
            }
        }
        List<SmsVendor> vendors = new ArrayList<>();
        for (String name : properties.vendors()) {
            Supplier<SmsVendor> adapter = adapters.get(name);
            if (adapter == null) {
                throw new IllegalStateException("webook.sms.vendors names an unknown vendor '" + name + "'; known: "
                        + adapters.keySet());
            }
            SmsVendor vendor = adapter.get();
            SmsProperties.RateLimit limit = properties.rateLimits().get(name);
            if (limit != null) {
                vendor = new RateLimitedVendor(vendor, limiter, limit.limit(), limit.window());
            }
            vendors.add(new MeteredVendor(vendor, meters));
        }
        return switch (properties.failover()) {
            case ORDERED -> new OrderedFailover(vendors);
            case TIMEOUT_COUNT -> new TimeoutCountFailover(vendors, properties.timeoutThreshold());
            default -> throw new IllegalStateException("webook.sms.failover must be '" + ORDERED + "' or '"
                    + TIMEOUT_COUNT + "', not '" + properties.failover() + "'");
        };
    }
}
