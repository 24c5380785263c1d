package com.webook.sms.infrastructure.metrics;

import com.webook.sms.domain.Dispatch;
import com.webook.sms.domain.SmsMessage;
import com.webook.sms.domain.SmsVendor;
import com.webook.sms.domain.VendorFailure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every send of one vendor in {@code webook.sms.send}, tagged with the vendor and the outcome
 * ({@code ok}, {@code vendor_error}, {@code timeout}, {@code limited}; {@code error} for anything
 * unexpected). The timer's count is the counter per vendor and outcome.
 */
public final class MeteredVendor implements SmsVendor {

    public static final String TIMER = "webook.sms.send";

    private final SmsVendor vendor;
    private final MeterRegistry meters;

    public MeteredVendor(SmsVendor vendor, MeterRegistry meters) {
        this.vendor = vendor;
        this.meters = meters;
    }

    @Override
    public String name() {
        return vendor.name();
    }

    @Override
    public Dispatch send(SmsMessage message) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "error";
        try {
            Dispatch dispatch = vendor.send(message);
            outcome = "ok";
            return dispatch;
        } catch (VendorFailure failure) {
            outcome = failure.outcome().tag();
            throw failure;
        } finally {
            sample.stop(Timer.builder(TIMER).description("sends per vendor and outcome")
                    .tag("vendor", vendor.name()).tag("outcome", outcome).register(meters));
        }
    }
}
