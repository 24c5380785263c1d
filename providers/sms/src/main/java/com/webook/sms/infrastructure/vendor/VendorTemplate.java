package com.webook.sms.infrastructure.vendor;

import java.util.List;

/**
 * How one vendor knows one of our logical templates: its template id (or code), the sign name the
 * vendor approved for it, and, for vendors whose templates take named parameters (Aliyun), the
 * names of our positional arguments.
 */
public record VendorTemplate(String id, String signName, List<String> parameterNames) {

    public VendorTemplate {
        parameterNames = parameterNames == null ? List.of() : List.copyOf(parameterNames);
    }
}
