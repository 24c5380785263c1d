package com.webook.api.sms.v1;

import java.io.Serializable;
import java.util.List;

/**
 * A message to send.
 *
 * @param templateToken signed by the platform; names the caller and the one template it may use
 * @param args          the template's parameters, in order (e.g. the code and its validity in minutes)
 * @param phoneNumbers  1–100 numbers, digits with an optional leading {@code +}
 */
public record SendSmsRequest(String templateToken, List<String> args, List<String> phoneNumbers)
        implements Serializable {

    public SendSmsRequest {
        args = args == null ? null : List.copyOf(args);
        phoneNumbers = phoneNumbers == null ? null : List.copyOf(phoneNumbers);
    }
}
