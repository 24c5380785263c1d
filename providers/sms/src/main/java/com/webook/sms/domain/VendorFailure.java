package com.webook.sms.domain;

import java.util.List;

/** A vendor did not take a message. {@link #outcome()} says why, so decorators can react. */
public final class VendorFailure extends RuntimeException {

    /** Why a send failed. */
    public enum Outcome {
        /** The vendor answered with an error (bad template, no balance, unreachable, ...). */
        VENDOR_ERROR,
        /** The vendor did not answer in time; the message may or may not have gone out. */
        TIMEOUT,
        /** Our rate limit or the vendor's refused the send for now. */
        LIMITED;

        /** The name used in metrics and logs. */
        public String tag() {
            return name().toLowerCase();
        }
    }

    private final String vendor;
    private final Outcome outcome;

    public VendorFailure(String vendor, Outcome outcome, String message, Throwable cause) {
        super(vendor + ": " + message, cause);
        this.vendor = vendor;
        this.outcome = outcome;
    }

    public static VendorFailure error(String vendor, String message) {
        return new VendorFailure(vendor, Outcome.VENDOR_ERROR, message, null);
    }

    public static VendorFailure timeout(String vendor, String message) {
        return new VendorFailure(vendor, Outcome.TIMEOUT, message, null);
    }

    public static VendorFailure limited(String vendor, String message) {
        return new VendorFailure(vendor, Outcome.LIMITED, message, null);
    }

    /**
     * Every vendor of a chain failed: limited when all were limited, a timeout when all timed out,
     * otherwise a vendor error. The message lists each vendor's failure.
     */
    public static VendorFailure allFailed(String chain, List<VendorFailure> failures) {
        Outcome outcome = failures.isEmpty() ? Outcome.VENDOR_ERROR
                : failures.stream().map(VendorFailure::outcome).distinct().count() == 1
                ? failures.get(0).outcome() : Outcome.VENDOR_ERROR;
        StringBuilder message = new StringBuilder("every vendor failed: ");
        for (int i = 0; i < failures.size(); i++) {
            message.append(i == 0 ? "" : "; ").append(failures.get(i).getMessage());
        }
        VendorFailure all = new VendorFailure(chain, outcome, message.toString(), null);
        failures.forEach(all::addSuppressed);
        return all;
    }

    public String vendor() {
        return vendor;
    }

    public Outcome outcome() {
        return outcome;
    }
}
