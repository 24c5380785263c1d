package com.webook.sms.infrastructure.vendor;

import java.util.Map;

import com.webook.sms.domain.VendorFailure;

/** One vendor's templates by our logical template name. */
public final class VendorTemplates {

    private final String vendor;
    private final Map<String, VendorTemplate> templates;

    public VendorTemplates(String vendor, Map<String, VendorTemplate> templates) {
        this.vendor = vendor;
        this.templates = Map.copyOf(templates);
    }

    /** The vendor's template for ours, or a vendor error (so failover moves on) when none is configured. */
    public VendorTemplate of(String template) {
        VendorTemplate found = templates.get(template);
        if (found == null) {
            throw VendorFailure.error(vendor, "no " + vendor + " template is configured for " + template);
        }
        return found;
    }
}
